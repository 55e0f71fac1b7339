// Pure: the one validator, shared by the CLI and the app. Input arrives as `unknown` (or text) and is
// parsed once here; everything downstream works on a typed, cross-checked `Story`. No DOM, no Svelte.
import * as z from 'zod/mini';
import { parseJsonText } from './json-text.ts';
import { clip, formatPath, suggestion, type Problem } from './problems.ts';
import { BUILTIN_RELATIONS, NONE } from './relations.ts';
import { dateStart } from './dates.ts';
import { LANGUAGES, storySchema, type Story } from './story.ts';

export type StoryResult = { ok: true; story: Story } | { ok: false; problems: Problem[] };

/** Field names of the format, for "did you mean" on a misspelt key. */
const KNOWN_KEYS = [
  ...new Set(
    'meta actors events id title description languages sources chapters relations publisher language url file cites from to notes label stance kind name start date approximate summary ties source target relation quote translation en ar'.split(
      ' ',
    ),
  ),
];

/** Fields whose value is a text per language (`{ "en": …, "ar": … }`). */
const LOCALIZED_KEYS = new Set([
  'title',
  'name',
  'description',
  'summary',
  'notes',
  'label',
  'translation',
]);

function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'unrecognized_keys') {
    // In a text, an unknown key is a language the app does not speak, not a misspelt field
    // ("fr" is not a typo of "ar").
    const [parent, key] = issue.path.slice(-2);
    const inText = LOCALIZED_KEYS.has(String(key)) && parent !== 'relations';
    return issue.keys
      .map((k) =>
        inText
          ? `unknown language "${clip(k)}": texts are given in ${LANGUAGES.map((l) => `"${l}"`).join(' and/or ')}`
          : `unknown field "${clip(k)}"${suggestion(k, KNOWN_KEYS)}`,
      )
      .join('; ');
  }
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected}, got ${describeType(issue.input)}`;
  }
  // A record key that fails its own schema: zod says only "Invalid key in record".
  if (issue.code === 'invalid_key') return issue.issues.map(messageFor).join('; ');
  if (issue.code === 'invalid_value') {
    // zod/mini carries no message catalogue: say the options ourselves.
    const expected = `Invalid option: expected one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}`;
    const options = issue.values.filter((v): v is string => typeof v === 'string');
    return typeof issue.input === 'string'
      ? `${expected}${suggestion(issue.input, options)}`
      : expected;
  }
  return issue.message;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `string ${JSON.stringify(clip(value))}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** Validates a parsed JSON value: shape first, then the rules that span fields. */
export function validateStory(input: unknown): StoryResult {
  const parsed = z.safeParse(storySchema, input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: messageFor(issue),
      })),
    };
  }
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, story: parsed.data };
}

/**
 * Reads story text (a file, a fetch body): JSON syntax problems carry line and column. Text longer
 * than `maxChars` (default 10 MB) is refused unread.
 */
export function loadStory(text: string, maxChars?: number): StoryResult {
  const json = parseJsonText(text, maxChars);
  return json.ok ? validateStory(json.value) : json;
}

/** The rules zod's shape cannot express: unique ids, references that resolve, sane ties. */
export function crossCheck(story: Story): Problem[] {
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) =>
    problems.push({ path: formatPath(path), message });

  const uniqueIds = (items: readonly { id: string }[], where: PropertyKey[], what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else
        add(
          [...where, i, 'id'],
          `duplicate ${what} id "${item.id}" (also ${formatPath([...where, first])})`,
        );
    });
    return [...seen.keys()];
  };
  const actorIds = uniqueIds(story.actors, ['actors'], 'actor');
  uniqueIds(story.events, ['events'], 'event');
  const sourceIds = uniqueIds(story.meta.sources, ['meta', 'sources'], 'source');
  const chapters = story.meta.chapters ?? [];
  uniqueIds(chapters, ['meta', 'chapters'], 'chapter');
  chapters.forEach((c, i) => {
    if (dateStart(c.to) < dateStart(c.from))
      add(['meta', 'chapters', i, 'to'], `ends (${c.to}) before it starts (${c.from})`);
  });

  const actorSet = new Set(actorIds);
  const sourceSet = new Set(sourceIds);
  const custom = story.meta.relations ?? {};
  if (NONE in custom) add(['meta', 'relations', NONE], `"${NONE}" is reserved: it ends a tie`);
  const relationNames = [
    ...new Set([...Object.keys(BUILTIN_RELATIONS), ...Object.keys(custom), NONE]),
  ];
  const relationSet = new Set(relationNames);

  const unknown = (path: PropertyKey[], what: string, id: string, known: readonly string[]) =>
    add(path, `unknown ${what} "${id}"${suggestion(id, known)}`);

  story.meta.sources.forEach((s, i) =>
    s.cites?.forEach((id, j) => {
      if (!sourceSet.has(id)) unknown(['meta', 'sources', i, 'cites', j], 'source', id, sourceIds);
    }),
  );

  const appears = new Set<string>();
  story.events.forEach((event, e) => {
    event.actors.forEach((id, j) => {
      if (actorSet.has(id)) appears.add(id);
      else unknown(['events', e, 'actors', j], 'actor', id, actorIds);
    });
    const pairs = new Map<string, number>();
    event.ties?.forEach((tie, t) => {
      const at = ['events', e, 'ties', t];
      for (const end of ['source', 'target'] as const) {
        if (actorSet.has(tie[end])) appears.add(tie[end]);
        else unknown([...at, end], 'actor', tie[end], actorIds);
      }
      if (tie.source === tie.target)
        add([...at, 'target'], `a tie joins two different actors; both ends are "${tie.source}"`);
      if (!relationSet.has(tie.relation))
        unknown([...at, 'relation'], 'relation', tie.relation, relationNames);
      const key = [tie.source, tie.target].sort().join('\u0000');
      const earlier = pairs.get(key);
      if (earlier !== undefined)
        add(
          at,
          `sets the tie ${tie.source}–${tie.target} again (already ties[${earlier}] of this event)`,
        );
      else pairs.set(key, t);
    });
    event.sources.forEach((citation, c) => {
      if (!sourceSet.has(citation.source))
        unknown(['events', e, 'sources', c, 'source'], 'source', citation.source, sourceIds);
    });
  });

  story.actors.forEach((actor, i) => {
    if (!appears.has(actor.id) && actor.start === undefined) {
      add(
        ['actors', i],
        `actor "${actor.id}" never appears: name it in an event or give it a "start" date`,
      );
    }
  });
  return problems;
}
