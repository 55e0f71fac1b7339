// Pure: which renderer draws a story, and what each is given. No DOM, no Svelte.
import type { Fit, ZoomTransform } from './fit.ts';
import type { ViewState } from './view-state.svelte.ts';

/**
 * Stories with more actors than this are drawn on a canvas; up to it, in SVG (one Svelte-drawn
 * element per actor and tie: fades, crisp text, every actor a focusable button, SVG/PNG export).
 *
 * Chosen by measurement: scrubbing the generated stories (bench/generate.ts) across their whole
 * time domain at 1× CPU, in Chromium on a 2-core machine (loaded by other work, so the absolute
 * figures are pessimistic), p95 frame time SVG vs canvas: 100 actors 33 vs 17 ms, 200 actors 33 vs
 * 17 ms, 300 actors 67 vs 17 ms, 400 actors 133 vs 50 ms, 600 actors 333 vs 83 ms. SVG stays
 * within two frames up to about 200 actors and falls behind fast beyond; stories up to that size
 * keep what only SVG gives (above), including the benchmark's per-element checks on its
 * 200-actor story. The story's whole cast is counted, not the actors present at the date, so the
 * renderer never switches while scrubbing.
 */
export const CANVAS_ABOVE_ACTORS = 200;

export type Renderer = 'svg' | 'canvas';

/** The renderer for a story of `actors` actors (its whole cast). */
export function rendererFor(actors: number): Renderer {
  return actors > CANVAS_ABOVE_ACTORS ? 'canvas' : 'svg';
}

/**
 * What NetworkView gives either renderer (NetworkSvg, NetworkCanvas): two implementations of one
 * contract, so that pan/zoom and fitting behave the same whichever draws.
 */
export interface RendererProps {
  view: ViewState;
  /** Accessible label of the drawing: the date and the counts of actors and ties. */
  label: string;
  /** Layout units → fitted px, for the drawing's box (its width and height, CSS px). */
  fit: Fit;
  /** Pan/zoom over the fitted drawing (d3-zoom's transform; identity before any gesture). */
  transform: ZoomTransform;
}
