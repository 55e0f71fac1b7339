import { describe, expect, it } from 'vitest';
import { formatProblem, formatPath } from '../../src/lib/schema/problems.ts';
import { loadStory, validateStory } from '../../src/lib/schema/validate.ts';
import { rawFixture, readFixture } from './fixtures.ts';

type Json = Record<string, unknown>;
type Breaker = (
  story: Json & {
    meta: Json;
    actors: Json[];
    events: (Json & { ties?: Json[]; sources: Json[] })[];
  },
) => void;

/** Validates a copy of the tiny fixture after `breakIt` has damaged it; returns "path: message" lines. */
function problemsAfter(breakIt: Breaker): string[] {
  const story = rawFixture('tiny.json') as Parameters<Breaker>[0];
  breakIt(story);
  const result = validateStory(story);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const event = (s: Parameters<Breaker>[0], i: number) => s.events[i]!;
const tie = (s: Parameters<Breaker>[0], e: number, t: number) => s.events[e]!.ties![t]!;

describe('validateStory', () => {
  it('accepts the tiny fixture', () => {
    const result = loadStory(readFixture('tiny.json'));
    expect(result.ok).toBe(true);
  });

  // Each break yields exactly these problems, no more: an extra one would be a false alarm.
  it.each<[string, Breaker, string | string[]]>([
    [
      'unknown actor with a suggestion',
      (s) => (tie(s, 2, 0).target = 'boo'),
      'events[2].ties[0].target: unknown actor "boo" (did you mean "bo"?)',
    ],
    [
      'unknown actor without a close match',
      (s) => (event(s, 0).actors = ['zzzzzz']),
      'events[0].actors[0]: unknown actor "zzzzzz"',
    ],
    [
      'unknown relation',
      (s) => (tie(s, 2, 0).relation = 'aliance'),
      'events[2].ties[0].relation: unknown relation "aliance" (did you mean "alliance"?)',
    ],
    [
      'unknown source',
      (s) => (event(s, 1).sources[0]!.source = 'note'),
      'events[1].sources[0].source: unknown source "note" (did you mean "notes"?)',
    ],
    [
      'self-tie',
      (s) => (tie(s, 1, 0).target = 'ada'),
      'events[1].ties[0].target: a tie joins two different actors; both ends are "ada"',
    ],
    [
      'duplicate actor id',
      (s) => s.actors.push({ id: 'ada', kind: 'person', name: { en: 'Ada again' } }),
      'actors[4].id: duplicate actor id "ada" (also actors[0])',
    ],
    [
      'duplicate actor id that leaves an actor unknown',
      // bo renamed: every place that names bo now names an unknown actor ("bo" is no typo of
      // "ada", "acme" or "cy": nothing to suggest).
      (s) => (s.actors[1]!.id = 'ada'),
      [
        'actors[1].id: duplicate actor id "ada" (also actors[0])',
        ...[
          'events[0].actors[1]',
          'events[0].ties[0].target',
          'events[0].ties[1].source',
          'events[1].actors[1]',
          'events[1].ties[0].target',
          'events[2].actors[1]',
          'events[2].ties[0].target',
          'events[2].ties[2].source',
          'events[3].actors[1]',
          'events[3].ties[0].target',
        ].map((path) => `${path}: unknown actor "bo"`),
      ],
    ],
    [
      'duplicate event id',
      (s) => (event(s, 1).id = 'split'),
      'events[1].id: duplicate event id "split" (also events[0])',
    ],
    [
      'impossible date',
      (s) => (event(s, 0).date = '2024-02-30'),
      'events[0].date: "2024-02-30" has day 30: 2024-02 has days 01 to 29',
    ],
    [
      'ambiguous date',
      (s) => (event(s, 0).date = '24/02/2024'),
      'events[0].date: "24/02/2024" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02)',
    ],
    ['missing field', (s) => delete event(s, 0).title, 'events[0].title: is required'],
    [
      'wrong type',
      (s) => (event(s, 0).actors = 'ada'),
      'events[0].actors: expected array, got string "ada"',
    ],
    [
      'empty string',
      (s) => (s.actors[0]!.name = { en: ' ' }),
      'actors[0].name.en: is empty: write some text or leave the field out',
    ],
    [
      'misspelt field',
      (s) => (event(s, 0).sumary = { en: 'x' }),
      'events[0]: unknown field "sumary" (did you mean "summary"?)',
    ],
    [
      'unknown kind',
      (s) => (s.actors[0]!.kind = 'human'),
      'actors[0].kind: Invalid option: expected one of "person"|"organization"|"product"|"project"|"government"',
    ],
    [
      'javascript: url',
      (s) => ((s.meta.sources as Json[])[0]!.url = 'javascript:alert(1)'),
      'meta.sources[0].url: must be an http(s) URL',
    ],
    [
      'actor that never appears',
      (s) => s.actors.push({ id: 'ghost', kind: 'person', name: { en: 'Ghost' } }),
      'actors[4]: actor "ghost" never appears: name it in an event or give it a "start" date',
    ],
    [
      'pair set twice in one event',
      (s) => event(s, 2).ties!.push({ source: 'bo', target: 'ada', relation: 'rivalry' }),
      'events[2].ties[3]: sets the tie bo–ada again (already ties[0] of this event)',
    ],
    [
      'chapter ending before it starts',
      (s) => ((s.meta.chapters as Json[])[0]!.to = '2009'),
      'meta.chapters[0].to: ends (2009) before it starts (2010)',
    ],
  ])('reports %s with its path', (_name, breakIt, expected) => {
    expect(problemsAfter(breakIt)).toEqual(typeof expected === 'string' ? [expected] : expected);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsAfter((s) => {
      tie(s, 2, 0).target = 'boo';
      tie(s, 2, 1).relation = 'foundd';
    });
    expect(problems).toEqual([
      'events[2].ties[0].target: unknown actor "boo" (did you mean "bo"?)',
      'events[2].ties[1].relation: unknown relation "foundd" (did you mean "founded"?)',
    ]);
  });

  it.each<[unknown, { path: string; message: string }[]]>([
    [null, [{ path: '', message: 'expected object, got null' }]],
    [42, [{ path: '', message: 'expected object, got number 42' }]],
    ['story', [{ path: '', message: 'expected object, got string "story"' }]],
    [[], [{ path: '', message: 'expected object, got a list' }]],
    [
      {},
      [
        { path: 'meta', message: 'is required' },
        { path: 'actors', message: 'is required' },
        { path: 'events', message: 'is required' },
      ],
    ],
  ])('rejects a non-story value %j with paths', (value, problems) => {
    expect(validateStory(value)).toEqual({ ok: false, problems });
  });

  it('does not mutate its input', () => {
    const story = rawFixture('tiny.json');
    const copy = structuredClone(story);
    validateStory(story);
    expect(story).toEqual(copy);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['events', 12, 'ties', 0, 'target'], 'events[12].ties[0].target'],
    [['meta', 'relations', 'odd key'], 'meta.relations["odd key"]'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
