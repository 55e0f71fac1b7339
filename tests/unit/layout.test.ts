import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateStart } from '../../src/lib/schema/dates.ts';
import type { Story } from '../../src/lib/schema/story.ts';
import { type GraphState, type Tie, Timeline } from '../../src/lib/timeline/timeline.ts';
import { layoutGraphs, layoutKeyframes, lcg } from '../../src/lib/layout/index.ts';
import { loadFixture } from './fixtures.ts';
import { storyArbitrary } from './story-arbitrary.ts';

const tiny = loadFixture('tiny.json');

describe('lcg', () => {
  it.each([1, 42, 2 ** 32 + 5, -7])('with seed %d is d3-force’s LCG, in [0, 1)', (seed) => {
    const random = lcg(seed);
    let s = ((seed % 2 ** 32) + 2 ** 32) % 2 ** 32;
    for (let i = 0; i < 100; i++) {
      s = (1664525 * s + 1013904223) % 2 ** 32;
      const value = random();
      expect(value).toBe(s / 2 ** 32);
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

describe('layoutKeyframes on the tiny story', () => {
  const timeline = new Timeline(tiny);
  const layouts = layoutKeyframes(timeline);

  it.each([
    ['2010', ['ada', 'bo', 'cy']],
    ['2011-03', ['ada', 'bo', 'acme', 'cy']],
    ['2012-06-15', ['ada', 'bo', 'acme', 'cy']],
    ['2013-01-01', ['ada', 'bo', 'acme', 'cy']],
  ])('at %s places exactly %j, at finite positions', (date, actors) => {
    const layout = layouts.find((l) => l.keyframe === dateStart(date));
    expect([...(layout?.positions.keys() ?? [])]).toEqual(actors);
    for (const p of layout?.positions.values() ?? []) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it('gives one layout per keyframe, in order', () => {
    expect(layouts.map((l) => l.keyframe)).toEqual(timeline.keyframes);
  });

  it('depends on the seed, and only on it', () => {
    expect(layoutKeyframes(timeline, { seed: 1 })).toEqual(layouts);
    expect(layoutKeyframes(timeline, { seed: 7 })).not.toEqual(layouts);
  });

  it('drops ties to absent actors and to oneself instead of failing', () => {
    const tie = (source: string, target: string): Tie => ({
      key: [source, target].sort().join('|'),
      source,
      target,
      relation: 'alliance',
      stance: 'positive',
      since: 0,
      eventId: 'e',
    });
    const states: GraphState[] = [
      { keyframe: 0, actors: ['a', 'b'], ties: [tie('a', 'ghost'), tie('a', 'a'), tie('a', 'b')] },
      { keyframe: 1, actors: ['a', 'b', 'c'], ties: [tie('c', 'ghost'), tie('c', 'c')] },
    ];
    const layouts = layoutGraphs(states);
    expect(layouts.map((l) => [...l.positions.keys()])).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
    ]);
    for (const { positions } of layouts) {
      for (const { x, y } of positions.values()) expect(Number.isFinite(x + y)).toBe(true);
    }
  });

  it('lays out no keyframes for no keyframes', () => {
    expect(layoutGraphs([])).toEqual([]);
  });
});

describe('layout properties', () => {
  it('places every present actor at a finite position, and no absent one', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.constantFrom(0, 1, 2, Infinity), (story, reach) => {
        const timeline = new Timeline(story);
        for (const { keyframe, positions } of layoutKeyframes(timeline, { reach })) {
          expect([...positions.keys()]).toEqual(timeline.graphAt(keyframe).actors);
          for (const { x, y } of positions.values()) {
            expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps actors apart: no two closer than one collision radius (18 units)', () => {
    // Collision is soft in d3 (a tick removes an overlap, other forces may push back a little),
    // so the bound is one radius, not the full collision distance of two.
    fc.assert(
      fc.property(storyArbitrary(8, 12), (story) => {
        for (const { positions } of layoutKeyframes(new Timeline(story))) {
          const points = [...positions.values()];
          for (const [i, a] of points.entries()) {
            for (const b of points.slice(i + 1)) {
              expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(18);
            }
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('is deterministic: two runs over two timelines of one story are equal', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.integer(), (story, seed) => {
        const a = layoutKeyframes(new Timeline(story), { seed });
        const b = layoutKeyframes(new Timeline(structuredClone(story)), { seed });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });

  it('never mutates the story or the timeline’s states', () => {
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        const copy = structuredClone(story);
        const timeline = new Timeline(story);
        const states = timeline.keyframes.map((k) => timeline.graphAt(k));
        const statesCopy = structuredClone(states);
        layoutKeyframes(timeline);
        layoutKeyframes(timeline, { warmStart: false });
        expect(story).toEqual(copy);
        expect(states).toEqual(statesCopy);
      }),
      { numRuns: 50 },
    );
  });

  it('never moves an earlier keyframe when a later event is added', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.integer({ min: 1, max: 3000 }), (story, daysLater) => {
        const before = layoutKeyframes(new Timeline(story));
        const last = before.at(-1)!.keyframe;
        const [a, b] = [story.actors[0]!.id, story.actors.at(-1)!.id];
        const extended: Story = {
          ...story,
          events: [
            ...story.events,
            {
              id: 'later-event',
              date: new Date(last + daysLater * 86_400_000).toISOString().slice(0, 10),
              title: { en: 'later' },
              actors: [a],
              ties: [{ source: a, target: b, relation: 'rivalry' }],
              sources: story.events[0]!.sources,
            },
          ],
        };
        expect(layoutKeyframes(new Timeline(extended)).slice(0, before.length)).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it('without warm start, lays out each keyframe as if it were the only one', () => {
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        const timeline = new Timeline(story);
        const cold = layoutKeyframes(timeline, { warmStart: false });
        timeline.keyframes.forEach((k, i) => {
          expect(cold[i]).toEqual(layoutGraphs([timeline.graphAt(k)])[0]);
        });
      }),
      { numRuns: 30 },
    );
  });
});
