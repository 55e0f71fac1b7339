import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/schema/problems.ts';
import { crossCheck, loadStory, validateStory } from '../../../src/lib/schema/validate.ts';
import { loadFixture, rawFixture } from '../fixtures.ts';

// The tiny fixture as plain JSON, to damage one field at a time. Its shape, loosely typed.
type Raw = {
  [key: string]: unknown;
  meta: {
    [key: string]: unknown;
    languages: unknown;
    sources: Record<string, unknown>[];
    chapters: Record<string, unknown>[];
    relations: Record<string, Record<string, unknown>>;
  };
  actors: Record<string, unknown>[];
};

function problemsAfter(breakIt: (story: Raw) => void): readonly Problem[] {
  const story = rawFixture('tiny.json') as Raw;
  breakIt(story);
  const result = validateStory(story);
  return result.ok ? [] : result.problems;
}

const actor = (s: Raw) => s.actors[0] as Record<string, unknown>;
const name = (s: Raw) => actor(s).name as Record<string, unknown>;
const label = { label: { en: 'x' }, stance: 'positive' };

describe('validateStory: what zod finds, in our words', () => {
  it.each<[string, (s: Raw) => void, string, string]>([
    // [what, damage, path, message]
    [
      'a language the app does not speak',
      (s) => (name(s).fr = 'x'),
      'actors[0].name',
      'unknown language "fr": texts are given in "en" and/or "ar"',
    ],
    [
      'a language in a relation label',
      (s) => ((s.meta.relations.mentor?.label as Record<string, string>).fr = 'x'),
      'meta.relations.mentor.label',
      'unknown language "fr": texts are given in "en" and/or "ar"',
    ],
    [
      'an unknown field of a relation named like a text field',
      (s) => (s.meta.relations = { title: { ...label, extra: 1 } }),
      'meta.relations.title',
      'unknown field "extra"',
    ],
    [
      'two unknown fields, one close to a known one',
      (s) => Object.assign(actor(s), { foo: 1, bar: 2 }),
      'actors[0]',
      'unknown field "foo"; unknown field "bar" (did you mean "ar"?)',
    ],
    ['an unknown top-level field', (s) => (s.extra = 1), '', 'unknown field "extra"'],
    ['a missing field', (s) => delete actor(s).id, 'actors[0].id', 'is required'],
    ['null', (s) => (actor(s).name = null), 'actors[0].name', 'expected object, got null'],
    ['a list', (s) => (actor(s).name = []), 'actors[0].name', 'expected object, got a list'],
    ['a number', (s) => (actor(s).id = 5), 'actors[0].id', 'expected string, got number 5'],
    ['a boolean', (s) => (actor(s).id = true), 'actors[0].id', 'expected string, got boolean true'],
    ['an object', (s) => (actor(s).id = {}), 'actors[0].id', 'expected string, got an object'],
    [
      'a long string, clipped',
      (s) => (s.meta.languages = 'y'.repeat(50)),
      'meta.languages',
      `expected array, got string "${'y'.repeat(40)}…"`,
    ],
    [
      'a record key that is no id',
      (s) => (s.meta.relations = { 'bad key': label }),
      'meta.relations["bad key"]',
      '"bad key" is not a valid id: use letters, digits, "-", "_" or "." (at most 100)',
    ],
    [
      'an option misspelt',
      (s) => (actor(s).kind = 'persn'),
      'actors[0].kind',
      'Invalid option: expected one of "person"|"organization"|"product"|"project"|"government" (did you mean "person"?)',
    ],
    [
      'an option that is not a string',
      (s) => (actor(s).kind = 5),
      'actors[0].kind',
      'Invalid option: expected one of "person"|"organization"|"product"|"project"|"government"',
    ],
    [
      'a language not offered',
      (s) => (s.meta.languages = ['fr']),
      'meta.languages[0]',
      'Invalid option: expected one of "en"|"ar" (did you mean "ar"?)',
    ],
  ])('%s', (_what, breakIt, path, message) => {
    expect(problemsAfter(breakIt)).toEqual([{ path, message }]);
  });

  it.each<[unknown, string]>([
    [null, 'expected object, got null'],
    ['x', 'expected object, got string "x"'],
    [[], 'expected object, got a list'],
  ])('a story that is %j is not an object', (input, message) => {
    expect(validateStory(input)).toEqual({ ok: false, problems: [{ path: '', message }] });
  });
});

describe('validateStory: rules across fields', () => {
  it.each<[string, (s: Raw) => void, string, string]>([
    [
      'a custom relation named "none"',
      (s) => (s.meta.relations.none = label),
      'meta.relations.none',
      '"none" is reserved: it ends a tie',
    ],
    [
      'a source citing an unknown one',
      (s) => ((s.meta.sources[0] as Record<string, unknown>).cites = ['notez']),
      'meta.sources[0].cites[0]',
      'unknown source "notez" (did you mean "notes"?)',
    ],
    [
      'a source id twice',
      (s) => s.meta.sources.push({ ...s.meta.sources[0] }),
      'meta.sources[1].id',
      'duplicate source id "notes" (also meta.sources[0])',
    ],
    [
      'a chapter id twice',
      (s) => ((s.meta.chapters[1] as Record<string, unknown>).id = 'together'),
      'meta.chapters[1].id',
      'duplicate chapter id "together" (also meta.chapters[0])',
    ],
  ])('%s', (_what, breakIt, path, message) => {
    expect(problemsAfter(breakIt)).toEqual([{ path, message }]);
  });

  it.each<[string, (s: Raw) => void]>([
    ['a chapter of one year', (s) => ((s.meta.chapters[0] as Record<string, unknown>).to = '2010')],
    [
      'a source citing a known one',
      (s) => ((s.meta.sources[0] as Record<string, unknown>).cites = ['notes']),
    ],
    [
      'an actor in no event but with a start',
      (s) => s.actors.push({ id: 'zed', kind: 'person', name: { en: 'Zed' }, start: '2011' }),
    ],
  ])('accepts %s', (_what, change) => {
    expect(problemsAfter(change)).toEqual([]);
  });

  it('returns the parsed story when it is valid, trimmed by the schema', () => {
    const story = rawFixture('tiny.json') as Raw;
    name(story).en = '  Ada  ';
    const result = validateStory(story);
    expect(result.ok && result.story.actors[0]?.name.en).toBe('Ada');
  });

  it('counts an actor as appearing when only a tie names it', () => {
    const story = loadFixture('tiny.json');
    const events = story.events.map((e) =>
      e.id === 'found' ? { ...e, actors: ['ada'] } : { ...e, actors: ['ada', 'bo'] },
    );
    expect(crossCheck({ ...story, events })).toEqual([]);
  });

  it('reads an event without ties, and tells pairs apart whatever their ids', () => {
    const story = loadFixture('tiny.json');
    const actors = ['ab', 'c', 'a', 'bc'].map((id) => ({
      id,
      kind: 'person' as const,
      name: { en: id },
    }));
    const [first, ...rest] = story.events;
    const events = [
      { ...first!, actors: ['ab', 'c', 'a', 'bc'], ties: undefined },
      {
        ...first!,
        id: 'pairs',
        actors: ['ab'],
        ties: [
          { source: 'ab', target: 'c', relation: 'alliance' },
          { source: 'a', target: 'bc', relation: 'alliance' },
        ],
      },
      ...rest,
    ];
    expect(crossCheck({ ...story, actors: [...story.actors, ...actors], events })).toEqual([]);
  });

  it('finds nothing wrong with a valid story', () => {
    expect(crossCheck(loadFixture('tiny.json'))).toEqual([]);
  });
});

describe('loadStory', () => {
  it('reports a syntax error with its place, unvalidated', () => {
    expect(loadStory('{')).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: 'invalid JSON: the file ends too early (is it truncated?)',
          line: 1,
          column: 2,
        },
      ],
    });
  });

  it('passes its size limit on', () => {
    expect(loadStory('{"meta": 1}', 5)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the file is 0.0 MB; stories are limited to 0.0 MB' }],
    });
  });

  it('validates what parses', () => {
    expect(loadStory('{}')).toEqual({
      ok: false,
      problems: [
        { path: 'meta', message: 'is required' },
        { path: 'actors', message: 'is required' },
        { path: 'events', message: 'is required' },
      ],
    });
  });
});

describe('validateStory: text limits', () => {
  const long = (n: number) => 'x'.repeat(n);

  it.each<[string, (s: Raw) => void, string, string]>([
    [
      'a text with no language',
      (s) => (actor(s).name = {}),
      'actors[0].name',
      'needs at least one language: "en" or "ar"',
    ],
    [
      'a text over 20,000 characters',
      (s) => (name(s).en = long(20_001)),
      'actors[0].name.en',
      'is longer than 20000 characters',
    ],
    [
      'a $schema over 20,000 characters',
      (s) => (s.$schema = long(20_001)),
      '$schema',
      'is longer than 20000 characters',
    ],
    [
      'a required text left empty',
      (s) => ((s.meta.sources[0] as Record<string, unknown>).title = '  '),
      'meta.sources[0].title',
      'is empty: write some text',
    ],
    [
      'an id that is no id, quoted to 40 characters',
      (s) => (actor(s).id = `${long(40)} y`),
      'actors[0].id',
      `"${long(40)}" is not a valid id: use letters, digits, "-", "_" or "." (at most 100)`,
    ],
  ])('%s', (_what, breakIt, path, message) => {
    expect(problemsAfter(breakIt)).toEqual([{ path, message }]);
  });

  it('accepts texts and a $schema of exactly 20,000 characters', () => {
    expect(
      problemsAfter((s) => {
        s.$schema = long(20_000);
        (s.meta.sources[0] as Record<string, unknown>).publisher = long(20_000);
      }),
    ).toEqual([]);
  });
});
