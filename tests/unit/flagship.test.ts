// Keeps the flagship story honest: valid, quoting its source verbatim, and telling the arc the
// article tells. Reads the same files the app bundles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/schema/validate.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';

const result = loadStory(readFileSync('data/musk-altman.json', 'utf8'));
if (!result.ok)
  throw new Error(`data/musk-altman.json is invalid: ${JSON.stringify(result.problems)}`);
const story = result.story;
const timeline = new Timeline(story);

const article = story.meta.sources[0]!;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const sourceText = collapse(readFileSync(`data/${article.file}`, 'utf8'));
// The page repeats the whole text after a site disclaimer; quotes must come from the first copy.
const firstCopy = sourceText.slice(
  0,
  sourceText.indexOf('This page may contain third-party content'),
);

const relation = (a: string, b: string, date: string) =>
  timeline.graphAt(date).ties.find((t) => t.key === [a, b].sort().join('|'))?.relation ?? null;

describe('the flagship story', () => {
  it('cites the Arabic article first, which cites the WSJ', () => {
    expect(article).toMatchObject({
      language: 'ar',
      file: expect.stringMatching(/^sources\//),
      cites: ['wsj'],
    });
    expect(story.meta.sources.find((s) => s.id === 'wsj')?.publisher).toBe('WSJ');
  });

  it('found the disclaimer that separates the two copies', () => {
    expect(firstCopy.length).toBeGreaterThan(1000);
    expect(firstCopy.length).toBeLessThan(sourceText.length / 2 + 500);
  });

  describe.each(story.events.map((e) => [e.id, e] as const))('event %s', (_id, event) => {
    it('quotes the article verbatim, from its first copy, with an English translation', () => {
      for (const citation of event.sources) {
        expect(citation.source).toBe(article.id);
        expect(firstCopy).toContain(collapse(citation.quote));
        expect(citation.quote).not.toMatch(/\bgate\b/i);
        expect(citation.translation?.en?.length ?? 0).toBeGreaterThan(0);
      }
    });

    it('has its title and summary in English and Arabic', () => {
      expect(event.title.en && event.title.ar).toBeTruthy();
      expect(event.summary?.en && event.summary?.ar).toBeTruthy();
      expect(event.title.ar).toMatch(/[\u0600-\u06FF]/);
      expect(event.summary?.ar).toMatch(/[\u0600-\u06FF]/);
    });
  });

  it.each([
    ['2013-06', 'introduced'],
    ['2016-06', 'alliance'],
    ['2019-06', 'split'],
    ['2023-06', 'rivalry'],
    ['2025-06', 'rivalry'],
  ])('Musk–Altman at %s: %s', (date, expected) => {
    expect(relation('musk', 'altman', date)).toBe(expected);
  });

  it('puts the Stargate announcement on 2025-01-21 with Altman and Trump, Musk watching', () => {
    const last = timeline.events.at(-1)!.event;
    expect(last.date).toBe('2025-01-21');
    expect(last.actors).toEqual(expect.arrayContaining(['altman', 'trump', 'musk', 'stargate']));
  });

  it('tells the 2024 lawsuit as filed, withdrawn, refiled and amended', () => {
    const lawsuit = timeline.events
      .filter((e) => e.event.id.startsWith('lawsuit-'))
      .map((e) => e.event.date);
    expect(lawsuit).toEqual(['2024-02', '2024-06', '2024-08', '2024-11']);
    expect(relation('musk', 'openai', '2024-03')).toBe('lawsuit');
    expect(relation('musk', 'openai', '2024-07')).not.toBe('lawsuit');
    expect(relation('musk', 'openai', '2024-09')).toBe('lawsuit');
  });

  it('has OpenAI against Google from the founding', () => {
    expect(relation('openai', 'google', '2016')).toBe('competition');
  });

  it.each([
    ['2011', []],
    ['2012-06', ['musk', 'altman', 'hassabis', 'ralston']],
    ['2016', ['musk', 'altman', 'openai', 'google', 'hoffman']],
    ['2025-01-21', ['trump', 'stargate', 'chatgpt', 'brockman']],
  ])('who is present at %s', (date, expected) => {
    const present = timeline.graphAt(date).actors;
    expect(present).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) expect(present).toEqual([]);
  });

  it('has no duplicated actor or event', () => {
    const names = story.actors.map((a) => a.name.en);
    expect(new Set(names).size).toBe(names.length);
    const facts = story.events.map((e) => `${e.date} ${e.title.en}`);
    expect(new Set(facts).size).toBe(facts.length);
    const quotes = story.events.flatMap((e) => e.sources.map((s) => collapse(s.quote)));
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('names every actor in at least one event, in both languages', () => {
    const named = new Set(story.events.flatMap((e) => e.actors));
    for (const actor of story.actors) {
      expect(named.has(actor.id), actor.id).toBe(true);
      expect(actor.name.en && actor.name.ar, actor.id).toBeTruthy();
      expect(actor.description?.en && actor.description?.ar, actor.id).toBeTruthy();
    }
  });

  it('has chapters for the alliance, the split and the rivalry, in order', () => {
    const ids = (story.meta.chapters ?? []).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['alliance', 'split', 'rivalry']));
    expect(ids.indexOf('alliance')).toBeLessThan(ids.indexOf('split'));
    expect(ids.indexOf('split')).toBeLessThan(ids.indexOf('rivalry'));
  });
});
