// Pure: fitting the layout into the drawing's box, and moving between the coordinate spaces both
// renderers share. No DOM, no Svelte.
//
//   layout units (view.positions, view.bounds)
//     → fitted px: the drawing before pan/zoom, the layout's box centred in the drawing's box
//     → screen px: fitted px under the d3-zoom transform {k, x, y} (CSS px inside the box)
import type { Bounds } from '../layout/bounds.ts';

/** Margin kept around the fitted layout (px), so symbols and labels at the edge stay inside. */
export const FIT_MARGIN = 56;
/** Largest fitted scale (px per layout unit): a tiny story is not blown up past readability. */
export const FIT_MAX_SCALE = 2.5;
/** Smallest fitted scale (px per layout unit). */
export const FIT_MIN_SCALE = 0.05;

/** How layout units map to fitted px in a box of `width` × `height` CSS px. */
export interface Fit {
  /** px per layout unit. */
  readonly scale: number;
  /** Centre of the layout's box (layout units): it lands on the centre of the drawing's box. */
  readonly cx: number;
  readonly cy: number;
  /** The drawing's box (CSS px). */
  readonly width: number;
  readonly height: number;
}

/** A d3-zoom transform: screen = fitted × k + (x, y). */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** Fits `bounds` (layout units) into a `width` × `height` box (px) with `margin` px kept free. */
export function fitBounds(bounds: Bounds, width: number, height: number, margin = FIT_MARGIN): Fit {
  const w = Math.max(1, bounds.maxX - bounds.minX);
  const h = Math.max(1, bounds.maxY - bounds.minY);
  const scale = Math.max(
    FIT_MIN_SCALE,
    Math.min((width - 2 * margin) / w, (height - 2 * margin) / h, FIT_MAX_SCALE),
  );
  return {
    scale,
    cx: (bounds.minX + bounds.maxX) / 2,
    cy: (bounds.minY + bounds.maxY) / 2,
    width,
    height,
  };
}

/** Fitted x (px) of a layout x. */
export function fittedX(fit: Fit, x: number): number {
  return fit.width / 2 + (x - fit.cx) * fit.scale;
}

/** Fitted y (px) of a layout y. */
export function fittedY(fit: Fit, y: number): number {
  return fit.height / 2 + (y - fit.cy) * fit.scale;
}

/** The fitted point (px) under a screen point (px): the zoom transform undone. */
export function unzoom(t: ZoomTransform, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - t.x) / t.k, y: (sy - t.y) / t.k };
}

/** Symbol radius of the SVG renderer, and the largest the canvas uses (fitted px). */
export const MAX_RADIUS = 14;
/** Smallest symbol radius on the canvas (fitted px): still a visible, hoverable mark. */
export const MIN_RADIUS = 2.5;

/**
 * Symbol radius (fitted px) for `actors` actors in a `width` × `height` box: about a third of the
 * spacing the actors would have if spread evenly, between MIN_RADIUS and MAX_RADIUS. Counting every
 * actor of the story (not only those present) keeps the size steady while scrubbing.
 */
export function nodeRadius(actors: number, width: number, height: number): number {
  if (actors <= 0 || width <= 0 || height <= 0) return MAX_RADIUS;
  const spacing = Math.sqrt((width * height) / actors);
  return Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, spacing / 3));
}
