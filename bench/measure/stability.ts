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
  readonly samples: number;
}

/** Compares positions reached by scrubbing forward with those opened by URL, sample by sample. */
export function pathError(forward: readonly Drawn[], byUrl: readonly Drawn[]): PathError {
  let most = 0;
  let total = 0;
  let count = 0;
  let mismatched = 0;
  for (let s = 0; s < Math.min(forward.length, byUrl.length); s++) {
    const a = forward[s] ?? {};
    const b = byUrl[s] ?? {};
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const p = a[id];
      const q = b[id];
      if (!p || !q) {
        mismatched++;
        continue;
      }
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      most = Math.max(most, d);
      total += d;
      count++;
    }
  }
  return {
    maxPx: most,
    meanPx: count === 0 ? 0 : total / count,
    mismatched,
    samples: Math.min(forward.length, byUrl.length),
  };
}
