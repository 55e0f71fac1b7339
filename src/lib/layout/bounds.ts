// Pure: the extent of a layout. No DOM, no Svelte.
import type { KeyframeLayout } from './keyframe-layout.ts';

/** An axis-aligned box in layout units. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Bounding box of every actor's centre over ALL keyframe layouts (so a fitted view does not jump
 * while scrubbing; interpolated positions stay inside it too). Layout units; add the actors' drawn
 * radius as padding when fitting. With no positions at all: the empty box at the origin (all 0).
 */
export function layoutBounds(layouts: readonly KeyframeLayout[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let seen: ReadonlyMap<string, unknown> | undefined;
  for (const { positions } of layouts) {
    if (positions === seen) continue; // an unchanged keyframe shares the previous map
    seen = positions;
    for (const { x, y } of positions.values()) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : { minX: 0, minY: 0, maxX: 0, maxY: 0 };
}
