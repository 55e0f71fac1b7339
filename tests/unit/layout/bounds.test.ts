import { describe, expect, it } from 'vitest';
import { layoutBounds } from '../../../src/lib/layout/bounds.ts';
import type { KeyframeLayout, Point } from '../../../src/lib/layout/keyframe-layout.ts';

const layout = (keyframe: number, points: [string, number, number][]): KeyframeLayout => ({
  keyframe,
  positions: new Map<string, Point>(points.map(([id, x, y]) => [id, { x, y }])),
});

describe('layoutBounds', () => {
  it('is the empty box at the origin without positions', () => {
    const zero = { minX: 0, minY: 0, maxX: 0, maxY: 0 };
    expect(layoutBounds([])).toEqual(zero);
    expect(layoutBounds([layout(0, [])])).toEqual(zero);
  });

  it('bounds one point by itself', () => {
    expect(layoutBounds([layout(0, [['a', -3, 4]])])).toEqual({
      minX: -3,
      minY: 4,
      maxX: -3,
      maxY: 4,
    });
  });

  it('covers every actor of every keyframe, each axis on its own', () => {
    const layouts = [
      layout(0, [
        ['a', 1, 2],
        ['b', -5, 7],
      ]),
      layout(1, [['c', 3, -9]]),
      layout(2, [['d', 10, 0]]),
    ];
    expect(layoutBounds(layouts)).toEqual({ minX: -5, minY: -9, maxX: 10, maxY: 7 });
  });

  it('reads a map shared by consecutive keyframes once, with the same result', () => {
    const first = layout(0, [
      ['a', 1, 1],
      ['b', 2, -2],
    ]);
    const repeat = { keyframe: 1, positions: first.positions };
    const last = layout(2, [['c', -4, 0]]);
    expect(layoutBounds([first, repeat, last])).toEqual({
      minX: -4,
      minY: -2,
      maxX: 2,
      maxY: 1,
    });
  });
});
