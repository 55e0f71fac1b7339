// Pure: the layout stage's public surface (re-exports only). No DOM, no Svelte.
export * from './bounds.ts';
export * from './interpolate.ts';
export * from './keyframe-layout.ts';
export { lcg } from './random.ts';
