import { describe, expect, it } from 'vitest';
import { easeCubicInOut, layoutIndex, positionsAt } from '../../../src/lib/layout/interpolate.ts';
import type { KeyframeLayout, Point } from '../../../src/lib/layout/keyframe-layout.ts';

const map = (points: [string, number, number][]) =>
  new Map<string, Point>(points.map(([id, x, y]) => [id, { x, y }]));

describe('easeCubicInOut', () => {
  it.each([
    [0, 0],
    [0.25, 0.0625], // 4 t³ = 4/64
    [0.5, 0.5],
    [0.75, 0.9375], // 1 − 4 (1 − t)³
    [1, 1],
  ])('eases %d to %d', (t, eased) => {
    expect(easeCubicInOut(t)).toBeCloseTo(eased, 12);
  });
});

describe('layoutIndex', () => {
  const layouts: KeyframeLayout[] = [10, 20, 30].map((keyframe) => ({
    keyframe,
    positions: new Map(),
  }));
  it.each([
    [9, -1],
    [10, 0],
    [19, 0],
    [20, 1],
    [29.5, 1],
    [30, 2],
    [1e9, 2],
  ])('at %d is %i', (at, index) => {
    expect(layoutIndex(layouts, at)).toBe(index);
  });

  it('is -1 for no layouts', () => {
    expect(layoutIndex([], 0)).toBe(-1);
  });
});

describe('positionsAt', () => {
  const a = map([
    ['p', 0, 0],
    ['q', 10, -10],
  ]);
  const b = map([
    ['p', 100, 40],
    ['r', 5, 5],
  ]);
  const layouts: KeyframeLayout[] = [
    { keyframe: 0, positions: a },
    { keyframe: 100, positions: b },
    { keyframe: 200, positions: b },
  ];

  it('is empty before the first keyframe, and each keyframe’s own map at it', () => {
    expect(positionsAt(layouts, -1).size).toBe(0);
    expect(positionsAt(layouts, 0)).toBe(a);
    expect(positionsAt(layouts, 100)).toBe(b);
    expect(positionsAt(layouts, 500)).toBe(b);
  });

  it('eases the actors of a keyframe toward the next one; one that leaves stays put', () => {
    // A quarter of the way: eased 0.0625.
    expect([...positionsAt(layouts, 25)]).toEqual([
      ['p', { x: 6.25, y: 2.5 }],
      ['q', { x: 10, y: -10 }],
    ]);
    // Three quarters: eased 0.9375.
    expect(positionsAt(layouts, 75).get('p')).toEqual({ x: 93.75, y: 37.5 });
    expect(positionsAt(layouts, 50).get('p')).toEqual({ x: 50, y: 20 });
  });

  it('keeps a map shared by two keyframes between them', () => {
    expect(positionsAt(layouts, 150)).toBe(b);
  });
});
