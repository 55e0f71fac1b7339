import { describe, expect, it } from 'vitest';
import { countTieChanges, generateStory } from '../../bench/generate.ts';
import { validateStory } from '../../src/lib/schema/validate.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';

describe('bench story generator', () => {
  it('is deterministic: the same options give the same story, another seed another one', () => {
    const a = JSON.stringify(generateStory({ actors: 200 }));
    expect(JSON.stringify(generateStory({ actors: 200 }))).toBe(a);
    expect(JSON.stringify(generateStory({ actors: 200, seed: 2 }))).not.toBe(a);
  });

  it.each([200, 1000])('%d actors: valid by the app’s own validator, ~4 tie changes each', (n) => {
    const story = generateStory({ actors: n });
    // Through JSON, as the app reads it.
    const result = validateStory(JSON.parse(JSON.stringify(story)) as unknown);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(story.actors).toHaveLength(n);
    expect(countTieChanges(story) / n).toBeGreaterThanOrEqual(3.5);
    expect(countTieChanges(story) / n).toBeLessThanOrEqual(4.5);
    // Month precision over 20 years: every date is YYYY-MM, from 2005 to 2024.
    expect(story.events.every((e) => /^20(0[5-9]|1\d|2[0-4])-(0[1-9]|1[0-2])$/.test(e.date))).toBe(
      true,
    );
    const timeline = new Timeline(story);
    expect(timeline.keyframes.length).toBeLessThanOrEqual(240);
    // Ties end as well as form: some pairs are set to "none", and relations change.
    const relations = story.events.flatMap((e) => (e.ties ?? []).map((t) => t.relation));
    expect(relations).toContain('none');
    expect(new Set(relations).size).toBeGreaterThan(8);
  });
});
