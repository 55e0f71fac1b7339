// Pure: stability figures of a layout, and the path-independence comparison. No DOM, no I/O.
import type { KeyframeLayout } from '../../src/lib/layout/index.ts';

export interface Displacement {
  /** Mean move of an actor present at two adjacent keyframes (layout units; 0 when none). */
  readonly meanDisplacement: number;
  /** The largest such move (layout units). */
  readonly maxDisplacement: number;
  /** Moves counted. */
  readonly moves: number;
}

/** Displacement of persisting actors between adjacent keyframes. */
export function displacement(layouts: readonly KeyframeLayout[]): Displacement {
  let total = 0;
  let most = 0;
  let moves = 0;
  for (let i = 1; i < layouts.length; i++) {
    const before = layouts[i - 1]?.positions;
    const after = layouts[i]?.positions;
    if (!before || !after) continue;
    for (const [id, a] of before) {
      const b = after.get(id);
      if (!b) continue;
      const d = Math.hypot(b.x - a.x, b.y - a.y);
      total += d;
      most = Math.max(most, d);
      moves++;
    }
  }
  return { meanDisplacement: moves === 0 ? 0 : total / moves, maxDisplacement: most, moves };
}

/** Positions read from a page: actor id → [x, y] in px. */
export type Drawn = Readonly<Record<string, readonly [number, number]>>;

export interface PathError {
  /** Largest distance (px) between where an actor is drawn after the two routes, over all samples. */
  readonly maxPx: number;
  /** Mean of those distances (px). */
  readonly meanPx: number;
  /** Actors drawn after one route but not the other, summed over the samples. */
  readonly mismatched: number;
  /** Actors drawn after both routes, whose positions were compared, summed over the samples. */
  readonly compared: number;
  /** The fewest actors compared at one sample (0 with no sample): 0 means a date proved nothing. */
  readonly fewestCompared: number;
  readonly samples: number;
}

/** Compares positions reached by scrubbing forward with those opened by URL, sample by sample. */
export function pathError(forward: readonly Drawn[], byUrl: readonly Drawn[]): PathError {
  let most = 0;
  let total = 0;
  let count = 0;
  let mismatched = 0;
  let fewest = Infinity;
  const samples = Math.min(forward.length, byUrl.length);
  for (let s = 0; s < samples; s++) {
    const a = forward[s] ?? {};
    const b = byUrl[s] ?? {};
    let here = 0;
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const p = a[id];
      const q = b[id];
      if (!p || !q) {
        mismatched++;
        continue;
      }
      // A position that could not be read (NaN) is as far off as can be, never 0 px.
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      most = Number.isNaN(d) ? Infinity : Math.max(most, d);
      total += d;
      here++;
    }
    count += here;
    fewest = Math.min(fewest, here);
  }
  return {
    maxPx: most,
    meanPx: count === 0 ? 0 : total / count,
    mismatched,
    compared: count,
    fewestCompared: samples === 0 ? 0 : fewest,
    samples,
  };
}
