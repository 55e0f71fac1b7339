// Pure: layouts as plain data, for a Web Worker. No DOM, no Svelte.
//
// A Timeline (a class with private fields) and Maps of objects do not survive postMessage
// unchanged; a Story is plain JSON and these arrays are plain data. So a worker can receive the
// story, run layoutKeyframesData, and post the result back for fromLayoutData.
import type { Story } from '../schema/story.ts';
import { Timeline } from '../timeline/timeline.ts';
import { type KeyframeLayout, type LayoutOptions, layoutKeyframes } from './keyframe-layout.ts';

/** One keyframe's layout as plain data: [actor id, x, y] in layout units, in actor order. */
export interface KeyframeLayoutData {
  /** The keyframe instant (ms UTC). */
  readonly keyframe: number;
  readonly positions: readonly (readonly [string, number, number])[];
}

/** {@link layoutKeyframes} of a story's timeline, as plain data (structured-clone safe). */
export function layoutKeyframesData(story: Story, options?: LayoutOptions): KeyframeLayoutData[] {
  return toLayoutData(layoutKeyframes(new Timeline(story), options));
}

/** Layouts as plain data. */
export function toLayoutData(layouts: readonly KeyframeLayout[]): KeyframeLayoutData[] {
  return layouts.map(({ keyframe, positions }) => ({
    keyframe,
    positions: [...positions].map(([id, p]) => [id, p.x, p.y] as const),
  }));
}

/** Plain data back to layouts, as positionsAt and layoutBounds take them. */
export function fromLayoutData(data: readonly KeyframeLayoutData[]): KeyframeLayout[] {
  return data.map(({ keyframe, positions }) => ({
    keyframe,
    positions: new Map(positions.map(([id, x, y]) => [id, { x, y }])),
  }));
}
