// Whatever arrives, the pipeline answers: parse → validate → timeline → layout never throws, and a
// valid story always yields finite positions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutKeyframes } from '../../src/lib/layout/index.ts';
import { loadStory, validateStory } from '../../src/lib/schema/validate.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import { storyArbitrary } from './story-arbitrary.ts';

const RUNS = 300;

describe('fuzzing the pipeline', () => {
  it('any JSON value is either a story or a list of problems with paths, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateStory(value);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.message).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('any text is either a story or problems, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = loadStory(text);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('story-shaped junk (a valid story with one field replaced) never throws', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.jsonValue(), fc.nat(), (story, junk, pick) => {
        const copy = structuredClone(story) as unknown as Record<string, Record<string, unknown>[]>;
        const event = copy.events![pick % copy.events!.length]!;
        const keys = Object.keys(event);
        event[keys[pick % keys.length]!] = junk;
        expect(() => validateStory(copy)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('valid stories go through the timeline and layout to finite positions', () => {
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        const result = loadStory(JSON.stringify(story));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const layouts = layoutKeyframes(new Timeline(result.story), { ticks: 40, warmTicks: 20 });
        for (const { positions } of layouts) {
          for (const p of positions.values())
            expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
