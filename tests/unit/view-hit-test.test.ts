import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PointGrid } from '../../src/lib/view/hit-test.ts';

/** The answer by looking at every point: nearest within the distance, ties to the higher index. */
function bruteNearest(xs: number[], ys: number[], x: number, y: number, max: number): number {
  let best = -1;
  let bestD = max * max;
  xs.forEach((px, i) => {
    const d = (px - x) ** 2 + ((ys[i] ?? NaN) - y) ** 2;
    if (d < bestD || (d === bestD && i > best)) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

const grid = (xs: number[], ys: number[], cell = 10) =>
  new PointGrid().rebuild({ xs, ys, count: xs.length }, cell);

describe('hit-testing actors', () => {
  it.each([
    // query point, distance → index hit
    [12, 10, 5, 0],
    [49, 52, 5, 1],
    [30, 30, 5, -1], // between the two, out of reach of both
    [30, 30, 100, 1], // equally near both: the one drawn on top (the higher index)
    [10, 10, 0, 0], // exactly on it, distance 0
  ])('at (%d, %d) within %d: %i', (x, y, d, expected) => {
    expect(grid([10, 50], [10, 50]).nearest(x, y, d)).toBe(expected);
  });

  it('never hits a point that is not drawn (NaN)', () => {
    const g = grid([0, NaN, 5], [0, 0, NaN]);
    expect(g.nearest(0, 0, 100)).toBe(0);
    expect(g.nearest(5, 0, 1)).toBe(-1);
    expect(grid([NaN], [NaN]).nearest(0, 0, Infinity)).toBe(-1);
    expect(grid([], []).nearest(0, 0, 10)).toBe(-1);
  });

  it('goes to the point drawn on top when two coincide', () => {
    expect(grid([3, 3, 3], [4, 4, 4]).nearest(3, 4, 1)).toBe(2);
  });

  it('agrees with looking at every point', () => {
    const coordinate = fc.oneof(
      fc.double({ min: -500, max: 500, noNaN: true }),
      fc.constant(NaN),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate), { maxLength: 200 }),
        fc.array(
          fc.tuple(
            fc.double({ min: -600, max: 600, noNaN: true }),
            fc.double({ min: -600, max: 600, noNaN: true }),
            fc.double({ min: 0, max: 80, noNaN: true }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (points, queries, cell) => {
          const xs = points.map(([x]) => x);
          const ys = points.map(([, y]) => y);
          const g = grid(xs, ys, cell);
          for (const [x, y, d] of queries)
            expect(g.nearest(x, y, d)).toBe(bruteNearest(xs, ys, x, y, d));
        },
      ),
    );
  });

  it('reuses its buffers across rebuilds of different sizes and stays correct', () => {
    const g = new PointGrid();
    const big = Float64Array.from({ length: 1000 }, (_, i) => (i * 37) % 400);
    const bigY = Float64Array.from({ length: 1000 }, (_, i) => (i * 91) % 300);
    g.rebuild({ xs: big, ys: bigY, count: 1000 }, 8);
    // The same arrays, fewer points counted: only the first 10 exist.
    g.rebuild({ xs: big, ys: bigY, count: 10 }, 8);
    for (let i = 0; i < 1000; i++) {
      const hit = g.nearest(big[i]!, bigY[i]!, 0.5);
      if (i < 10) expect(hit).toBe(i);
      else expect(hit === -1 || hit < 10).toBe(true);
    }
  });

  it('keeps the grid small for a spread-out layout', () => {
    // Two points a million units apart, cell 1: the grid must not allocate 10^12 cells.
    const g = grid([0, 1e6], [0, 1e6], 1);
    expect(g.nearest(1e6, 1e6, 2)).toBe(1);
    expect(g.nearest(0, 0, 2)).toBe(0);
  });
});
