import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIT_MARGIN,
  FIT_MAX_SCALE,
  FIT_MIN_SCALE,
  fitBounds,
  fittedX,
  fittedY,
  MAX_RADIUS,
  MIN_RADIUS,
  nodeRadius,
  unzoom,
} from '../../src/lib/view/fit.ts';
import { CANVAS_ABOVE_ACTORS, rendererFor } from '../../src/lib/view/renderer.ts';

const box = (minX: number, minY: number, maxX: number, maxY: number) => ({
  minX,
  minY,
  maxX,
  maxY,
});

describe('fitting the layout into the box', () => {
  it.each([
    // bounds, width, height → scale (the tighter axis wins), centre
    [box(0, 0, 100, 100), 312, 312, 2, 50, 50],
    [box(-100, -50, 100, 50), 512, 312, 2, 0, 0],
    [box(0, 0, 1000, 100), 1112, 800, 1, 500, 50],
    [box(0, 0, 10, 10), 1000, 1000, FIT_MAX_SCALE, 5, 5], // a tiny layout is not blown up
    [box(0, 0, 1e6, 1e6), 300, 300, FIT_MIN_SCALE, 5e5, 5e5], // a huge one keeps a floor
    [box(0, 0, 0, 0), 400, 400, FIT_MAX_SCALE, 0, 0], // nothing laid out yet
  ])('%o in %i × %i: scale %d, centre (%d, %d)', (bounds, w, h, scale, cx, cy) => {
    expect(fitBounds(bounds, w, h)).toEqual({ scale, cx, cy, width: w, height: h });
  });

  it('keeps every laid-out point inside the box, margin included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })),
          {
            minLength: 1,
          },
        ),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 300, max: 2000 }),
        (points, w, h) => {
          const xs = points.map(([x]) => x);
          const ys = points.map(([, y]) => y);
          const fit = fitBounds(
            box(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)),
            w,
            h,
          );
          fc.pre(fit.scale > FIT_MIN_SCALE); // at the floor the layout may not fit, by design
          for (const [x, y] of points) {
            expect(fittedX(fit, x)).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-6);
            expect(fittedX(fit, x)).toBeLessThanOrEqual(w - FIT_MARGIN + 1e-6);
            expect(fittedY(fit, y)).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-6);
            expect(fittedY(fit, y)).toBeLessThanOrEqual(h - FIT_MARGIN + 1e-6);
          }
        },
      ),
    );
  });

  it('undoes the zoom transform exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 8, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (k, x, y, fx, fy) => {
          const p = unzoom({ k, x, y }, fx * k + x, fy * k + y);
          expect(p.x).toBeCloseTo(fx, 6);
          expect(p.y).toBeCloseTo(fy, 6);
        },
      ),
    );
  });
});

describe('symbol radius on the canvas', () => {
  // 900 × 600 = 540,000 px²: n actors spread evenly are √(540,000 / n) px apart, the radius a third.
  it.each([
    [25, 900, 600, MAX_RADIUS], // 147 px apart: capped at 14
    [600, 900, 600, 10], // 30 px apart
    [2400, 900, 600, 5], // 15 px apart
    [2400, 600, 900, 5], // the same area on its side
    [9600, 900, 600, 2.5], // 7.5 px apart: exactly the floor
    [1e6, 900, 600, MIN_RADIUS],
    [0, 900, 600, MAX_RADIUS],
    [100, 0, 0, MAX_RADIUS],
  ])('%i actors in %i × %i: %d px', (actors, w, h, r) => {
    expect(nodeRadius(actors, w, h)).toBeCloseTo(r, 9);
  });

  it('shrinks as the cast grows, within its bounds', () => {
    let previous = Infinity;
    for (const n of [1, 10, 100, 400, 1000, 2000, 5000, 20000]) {
      const r = nodeRadius(n, 900, 600);
      expect(r).toBeLessThanOrEqual(previous);
      expect(r).toBeGreaterThanOrEqual(MIN_RADIUS);
      expect(r).toBeLessThanOrEqual(MAX_RADIUS);
      previous = r;
    }
  });
});

describe('renderer choice', () => {
  it.each([
    [25, 'svg'],
    [CANVAS_ABOVE_ACTORS, 'svg'],
    [CANVAS_ABOVE_ACTORS + 1, 'canvas'],
    [5000, 'canvas'],
  ])('%i actors: %s', (actors, renderer) => {
    expect(rendererFor(actors)).toBe(renderer);
  });
});
