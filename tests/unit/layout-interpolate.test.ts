import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import {
  easeCubicInOut,
  layoutBounds,
  layoutKeyframes,
  type Point,
  positionsAt,
} from '../../src/lib/layout/index.ts';
import { loadFixture } from './fixtures.ts';
import { storyArbitrary } from './story-arbitrary.ts';

const tiny = loadFixture('tiny.json');
const tinyLayouts = layoutKeyframes(new Timeline(tiny));

/** A story's layouts and an instant strictly between two of its keyframes (or undefined). */
const between = fc
  .tuple(storyArbitrary(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([story, pick, fraction]) => {
    const timeline = new Timeline(story);
    const layouts = layoutKeyframes(timeline);
    const i = pick % Math.max(1, layouts.length - 1);
    const [from, to] = [layouts[i]!.keyframe, layouts[i + 1]?.keyframe];
    const at = to === undefined ? undefined : Math.floor(from + 1 + fraction * (to - from - 3));
    return { timeline, layouts, i, at };
  });

describe('easeCubicInOut', () => {
  it.each([
    [0, 0],
    [0.25, 0.0625],
    [0.5, 0.5],
    [0.75, 0.9375],
    [1, 1],
  ])('at %d is %d', (t, expected) => {
    expect(easeCubicInOut(t)).toBeCloseTo(expected, 12);
  });
});

describe('positionsAt on the tiny story', () => {
  const first = tinyLayouts[0]!;
  const last = tinyLayouts.at(-1)!;

  it.each([
    ['before the first keyframe', first.keyframe - 1, 0],
    ['long before it', Date.UTC(1900, 0, 1), 0],
    ['at the first keyframe', first.keyframe, 3],
    ['after the last keyframe', last.keyframe + 86_400_000, 4],
  ])('%s holds %d actors', (_, at, size) => {
    expect(positionsAt(tinyLayouts, at).size).toBe(size);
  });

  it('is each keyframe’s layout exactly at that keyframe, and the last one after it', () => {
    for (const { keyframe, positions } of tinyLayouts) {
      expect(positionsAt(tinyLayouts, keyframe)).toBe(positions);
    }
    expect(positionsAt(tinyLayouts, Date.UTC(2100, 0, 1))).toBe(last.positions);
  });

  it('is halfway between two keyframes at their midpoint (the easing is symmetric)', () => {
    const [a, b] = tinyLayouts;
    const mid = positionsAt(tinyLayouts, (a!.keyframe + b!.keyframe) / 2);
    for (const [id, p] of mid) {
      const [pa, pb] = [a!.positions.get(id)!, b!.positions.get(id)!];
      expect(p.x).toBeCloseTo((pa.x + pb.x) / 2, 9);
      expect(p.y).toBeCloseTo((pa.y + pb.y) / 2, 9);
    }
  });
});

describe('positionsAt properties', () => {
  it('between keyframes k and k+1, holds exactly the actors of k', () => {
    fc.assert(
      fc.property(between, ({ timeline, layouts, at }) => {
        fc.pre(at !== undefined);
        expect([...positionsAt(layouts, at).keys()]).toEqual(timeline.graphAt(at).actors);
      }),
      { numRuns: 50 },
    );
  });

  it('is continuous: one millisecond later, no actor moved as much as a unit', () => {
    fc.assert(
      fc.property(between, ({ layouts, at }) => {
        fc.pre(at !== undefined);
        const now = positionsAt(layouts, at);
        const next = positionsAt(layouts, at + 1);
        for (const [id, p] of now) {
          const q = next.get(id)!;
          expect(Math.hypot(q.x - p.x, q.y - p.y)).toBeLessThan(1);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('depends only on the instant, not on the instants asked before', () => {
    fc.assert(
      fc.property(between, fc.array(fc.integer()), ({ layouts, at }, detour) => {
        fc.pre(at !== undefined);
        const direct = positionsAt(layouts, at);
        for (const t of detour) positionsAt(layouts, t);
        expect(positionsAt(layouts, at)).toEqual(direct);
      }),
      { numRuns: 30 },
    );
  });
});

describe('layoutBounds', () => {
  const inside = (b: ReturnType<typeof layoutBounds>, p: Point) =>
    p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;

  it('is the empty box at the origin with no positions', () => {
    expect(layoutBounds([])).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });

  it('contains every position of every keyframe, and every interpolated one', () => {
    fc.assert(
      fc.property(between, ({ layouts, at }) => {
        const bounds = layoutBounds(layouts);
        for (const { positions } of layouts) {
          for (const p of positions.values()) expect(inside(bounds, p)).toBe(true);
        }
        if (at !== undefined) {
          for (const p of positionsAt(layouts, at).values()) expect(inside(bounds, p)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
