// Pure: the network's colours — the theme's, read from CSS custom properties, and the fixed fills
// of the actor symbols — shared by the SVG and canvas renderers. No DOM, no Svelte.
import type { ActorKind } from '../schema/story.ts';

/** The colours the drawing uses, read from the page's CSS custom properties (see app.css). */
export interface Palette {
  readonly positive: string;
  readonly neutral: string;
  readonly negative: string;
  readonly fg: string;
  readonly bg: string;
  readonly accent: string;
}

/** The light theme's values (app.css), used for any custom property that reads empty. */
export const LIGHT_PALETTE: Palette = {
  positive: '#0072b2',
  neutral: '#57606a',
  negative: '#c0530a',
  fg: '#1b1f24',
  bg: '#ffffff',
  accent: '#0a58ca',
};

/** The palette from a custom-property reader, e.g. `(n) => getComputedStyle(el).getPropertyValue(n)`. */
export function readPalette(read: (property: string) => string): Palette {
  const get = (key: keyof Palette) => read(`--${key}`).trim() || LIGHT_PALETTE[key];
  return {
    positive: get('positive'),
    neutral: get('neutral'),
    negative: get('negative'),
    fg: get('fg'),
    bg: get('bg'),
    accent: get('accent'),
  };
}

/** True when two palettes have the same colours (a theme event that changed nothing drawn). */
export function samePalette(a: Palette, b: Palette): boolean {
  return (Object.keys(LIGHT_PALETTE) as (keyof Palette)[]).every((key) => a[key] === b[key]);
}

/** Symbol fill per kind, in both renderers and both themes: pale, under a `--fg` outline. */
export const KIND_FILL: Readonly<Record<ActorKind, string>> = {
  person: '#dbeafe',
  organization: '#fef3c7',
  product: '#ede9fe',
  project: '#dcfce7',
  government: '#fee2e2',
};

/** Opacity of what lies outside the focused neighbourhood (as the SVG renderer's `.dim`). */
export const DIM_ALPHA = 0.2;
