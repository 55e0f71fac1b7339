import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/lib/layout/point.ts';
import { lcg } from '../../../src/lib/layout/random.ts';
import { freeArrays, stillField, stillForces } from '../../../src/lib/layout/still.ts';

describe('stillField', () => {
  it('buckets points by grid cell (a quarter of the range), wrapping every 64 cells', () => {
    const points: Point[] = [
      { x: 15, y: 5 }, // cell (1, 0): bucket 64
      { x: 5, y: 5 }, // cell (0, 0): bucket 0
      { x: -5, y: 5 }, // cell (-1, 0): wraps to column 63, bucket 4032
      { x: 645, y: 5 }, // cell (64, 0): wraps onto bucket 0
      { x: 5, y: 15 }, // cell (0, 1): bucket 1
    ];
    const field = stillField(points, { charge: -30, range: 40, collideRadius: 3, skin: 4 });
    expect(field.cell).toBe(10);
    expect(field.nearRange).toBe(10); // 2 × 3 + 4
    expect([field.skin, field.charge, field.range]).toEqual([4, -30, 40]);
    expect([...field.coords]).toEqual([5, 5, 645, 5, 5, 15, 15, 5, -5, 5]);
    expect(field.starts).toHaveLength(64 * 64 + 1);
    const at = (b: number) => field.starts[b];
    expect([at(0), at(1), at(2), at(64), at(65), at(4032), at(4033), at(4096)]).toEqual([
      0, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('caps the near range at the charge range', () => {
    expect(stillField([], { charge: -1, range: 20, collideRadius: 9, skin: 10 }).nearRange).toBe(
      20,
    );
  });
});

/**
 * One tick of the still actors' forces on a free node, straight from d3's formulas over every
 * still actor, no grid: charge (cut off at `range`, distanceMin 1) scaled by alpha, then collision
 * at 2 × radius against where the node is heading, the free half of each overlap.
 */
function naive(
  points: readonly Point[],
  o: { charge: number; range: number; radius: number },
  node: { x: number; y: number; vx: number; vy: number },
  alpha: number,
) {
  let fx = 0;
  let fy = 0;
  for (const p of points) {
    const dx = p.x - node.x;
    const dy = p.y - node.y;
    let l = dx * dx + dy * dy;
    if (l >= o.range * o.range || l === 0) continue;
    if (l < 1) l = Math.sqrt(l);
    fx += (dx * o.charge) / l;
    fy += (dy * o.charge) / l;
  }
  let u = node.vx + fx * alpha;
  let v = node.vy + fy * alpha;
  const r = 2 * o.radius;
  for (const p of points) {
    const dx = node.x + u - p.x;
    const dy = node.y + v - p.y;
    const l2 = dx * dx + dy * dy;
    if (l2 >= r * r || l2 === 0) continue;
    const l = Math.sqrt(l2);
    u += dx * ((r - l) / l) * 0.5;
    v += dy * ((r - l) / l) * 0.5;
  }
  return { vx: u, vy: v };
}

const point = fc.record({
  x: fc.double({ min: -400, max: 400, noNaN: true }),
  y: fc.double({ min: -400, max: 400, noNaN: true }),
});

describe('stillForces against every still actor, one by one', () => {
  const o = { charge: -60, range: 120, radius: 6 };
  const field = (points: readonly Point[]) =>
    stillField(points, { charge: o.charge, range: o.range, collideRadius: o.radius, skin: 20 });

  it('gives the same push to one free node, wherever the still actors are', () => {
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 40 }),
        point,
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (points, at, v, alpha) => {
          const node = { x: at.x, y: at.y, vx: v, vy: -v };
          // At most one still actor within reach of a collision: then order cannot matter.
          const close = points.filter((p) => Math.hypot(p.x - at.x, p.y - at.y) < 2 * o.radius + 8);
          fc.pre(close.length <= 1);
          const free = freeArrays(1);
          free.x[0] = node.x;
          free.y[0] = node.y;
          free.vx[0] = node.vx;
          free.vy[0] = node.vy;
          stillForces(field(points), o.radius, false, lcg())(alpha, free);
          const want = naive(points, o, node, alpha);
          expect(free.vx[0]).toBeCloseTo(want.vx, 9);
          expect(free.vy[0]).toBeCloseTo(want.vy, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('remakes a free node’s near list once it has moved more than the skin', () => {
    const points = [
      { x: 30, y: 0 },
      { x: 200, y: 0 },
      { x: 100, y: 90 },
    ];
    const free = freeArrays(1);
    const apply = stillForces(field(points), o.radius, false, lcg());
    apply(1, free); // at (0, 0)
    free.x[0] = 150; // 150 units on, far past the skin of 20
    free.vx[0] = 0;
    free.vy[0] = 0;
    apply(0.5, free);
    const want = naive(points, o, { x: 150, y: 0, vx: 0, vy: 0 }, 0.5);
    expect(free.vx[0]).toBeCloseTo(want.vx, 9);
    expect(free.vy[0]).toBeCloseTo(want.vy, 9);
  });

  it('pushes two free nodes apart equally, and not at all without pairs', () => {
    const two = () => {
      const free = freeArrays(2);
      free.x.set([0, 10]);
      free.y.set([0, 0]);
      return free;
    };
    const none = field([]);
    const paired = two();
    stillForces(none, o.radius, true, lcg())(1, paired);
    // Charge: -60 / 10² × 10 each way, then they overlap (10 < 12): each gives way.
    expect(paired.vx[0]).toBeLessThan(0);
    expect(paired.vx[0]).toBeCloseTo(-(paired.vx[1] as number), 12);
    expect(paired.vy[0]).toBeCloseTo(0, 5);
    const alone = two();
    stillForces(none, o.radius, false, lcg())(1, alone);
    expect([...alone.vx]).toEqual([0, 0]);
  });
});
