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

  it('between two keyframes, moves each actor by the eased fraction of its way', () => {
    // The easing written independently: 4t³ up to the middle, then mirrored.
    const ease = (t: number) => (t < 0.5 ? 4 * t ** 3 : 1 - (2 - 2 * t) ** 3 / 2);
    const point = fc.record({
      x: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      y: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 2, max: 1e10 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.array(fc.tuple(point, point), { minLength: 1, maxLength: 5 }),
        (k0, span, fraction, moves) => {
          const from = new Map(moves.map(([a], i) => [`n${i}`, a]));
          const to = new Map(moves.map(([, b], i) => [`n${i}`, b]));
          const layouts = [
            { keyframe: k0, positions: from },
            { keyframe: k0 + span, positions: to },
          ];
          const at = k0 + Math.floor(fraction * span);
          const t = ease((at - k0) / span);
          const got = positionsAt(layouts, at);
          expect([...got.keys()]).toEqual([...from.keys()]);
          for (const [i, [a, b]] of moves.entries()) {
            expect(got.get(`n${i}`)!.x).toBeCloseTo(a.x + (b.x - a.x) * t, 6);
            expect(got.get(`n${i}`)!.y).toBeCloseTo(a.y + (b.y - a.y) * t, 6);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('positionsAt on hand-made layouts', () => {
  // p moves from (0, 0) to (100, −40); q stays; gone is absent from the second layout (it stays
  // where it was until then); r arrives at the second. The third keyframe changes nothing.
  const second = new Map([
    ['p', { x: 100, y: -40 }],
    ['q', { x: 10, y: 20 }],
    ['r', { x: 50, y: 50 }],
  ]);
  const layouts = [
    {
      keyframe: 1000,
      positions: new Map([
        ['p', { x: 0, y: 0 }],
        ['q', { x: 10, y: 20 }],
        ['gone', { x: 5, y: 5 }],
      ]),
    },
    { keyframe: 2000, positions: second },
    { keyframe: 3000, positions: second },
  ];

  it.each([
    // instant, eased fraction (cubic in-out: 4t³ below ½) → where p is
    [1250, { x: 6.25, y: -2.5 }], // ¼ of the way in time, 1/16 of the way in space
    [1500, { x: 50, y: -20 }],
    [1750, { x: 93.75, y: -37.5 }], // ¾ in time, 15/16 in space
  ])('at %i, p is at %o and the others keep their places', (at, p) => {
    const got = positionsAt(layouts, at);
    expect([...got.keys()]).toEqual(['p', 'q', 'gone']);
    expect(got.get('p')!.x).toBeCloseTo(p.x, 9);
    expect(got.get('p')!.y).toBeCloseTo(p.y, 9);
    expect(got.get('q')).toEqual({ x: 10, y: 20 });
    expect(got.get('gone')).toEqual({ x: 5, y: 5 });
  });

  it.each([
    ['before the first keyframe', 999, []],
    ['at the second keyframe', 2000, ['p', 'q', 'r']],
    ['between two keyframes with one layout', 2500, ['p', 'q', 'r']],
    ['after the last', 10_000, ['p', 'q', 'r']],
  ])('%s: the actors %o', (_, at, ids) => {
    expect([...positionsAt(layouts, at).keys()]).toEqual(ids);
  });

  it('at or after the second keyframe, is its very map (nothing to interpolate)', () => {
    for (const at of [2000, 2500, 3000, 10_000]) expect(positionsAt(layouts, at)).toBe(second);
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
