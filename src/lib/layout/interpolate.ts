// Pure: positions between keyframes. No DOM, no Svelte.
//
// Path-independent: the positions at an instant depend only on that instant, never on where the
// slider was before, so scrubbing back and forth always shows the same picture at the same date.
import type { KeyframeLayout } from './keyframe-layout.ts';
import type { Point } from './point.ts';

const EMPTY: ReadonlyMap<string, Point> = new Map();

/** Cubic ease-in-out on [0, 1] (d3-ease's easeCubicInOut): slow start, slow arrival. */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/**
 * Index of the last layout at or before `at` (ms UTC), or -1 before them all. Layouts are in
 * time order, as layoutKeyframes returns them.
 */
export function layoutIndex(layouts: readonly KeyframeLayout[], at: number): number {
  let lo = 0;
  let hi = layouts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((layouts[mid]?.keyframe ?? Infinity) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Position of each actor present at instant `at` (ms UTC): at a keyframe exactly its layout (the
 * same map); between keyframe k and k+1, eased interpolation from layout k toward layout k+1 of
 * the actors of k (actors new at k+1 are not present before it). Depends only on `at`. Before the
 * first keyframe: an empty map. At or after the last: the last layout.
 */
export function positionsAt(
  layouts: readonly KeyframeLayout[],
  at: number,
): ReadonlyMap<string, Point> {
  const index = layoutIndex(layouts, at);
  const from = layouts[index];
  if (!from) return EMPTY;
  const to = layouts[index + 1];
  if (!to || at === from.keyframe || to.positions === from.positions) return from.positions;
  const t = easeCubicInOut((at - from.keyframe) / (to.keyframe - from.keyframe));
  const out = new Map<string, Point>();
  for (const [id, a] of from.positions) {
    const b = to.positions.get(id) ?? a;
    out.set(id, { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  }
  return out;
}
