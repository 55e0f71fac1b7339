// Pure: the layout stage. Seeded, deterministic positions of the force-directed network at every
// keyframe of a timeline. No DOM, no Svelte. Reads the timeline, never mutates it or its story.
//
// Keyframes are laid out once, in time order: the first from scratch, each later one warm-started
// from the one before, so an actor present at both moves little (see warm.ts). The same timeline
// and options always give the same positions: d3-force runs stopped and ticked by hand, with a
// seeded LCG as its random source; nothing reads Math.random or the clock.
import type { GraphState, Timeline } from '../timeline/timeline.ts';
import { type LayoutOptions, resolveOptions } from './options.ts';
import type { Point } from './point.ts';
import { lcg } from './random.ts';
import { coldLayout } from './cold.ts';
import { warmLayout } from './warm.ts';

export type { LayoutOptions } from './options.ts';
export type { Point } from './point.ts';

/** The network's layout at one keyframe. */
export interface KeyframeLayout {
  /** The keyframe instant (ms UTC), as in Timeline.keyframes. */
  readonly keyframe: number;
  /**
   * Position of every actor present at that keyframe (Timeline.graphAt(keyframe).actors), in
   * layout units around (0, 0), in the same order as those actors. Keyframes whose network did not
   * change (only a relation did) share the previous keyframe's map.
   */
  readonly positions: ReadonlyMap<string, Point>;
}

/**
 * Lays out every keyframe of the timeline once, in time order, each warm-started from the
 * previous. Returns one layout per `timeline.keyframes` entry, in the same order ([] for none).
 * Options and their defaults: {@link LayoutOptions}.
 */
export function layoutKeyframes(timeline: Timeline, options?: LayoutOptions): KeyframeLayout[] {
  // One state at a time: a long story's states need not all be held at once.
  return layoutGraphs(keyframeStates(timeline), options);
}

/**
 * Lays out a sequence of network states, as {@link layoutKeyframes} does for a timeline's
 * keyframes. `states` must be in time order, each with a finite `keyframe`.
 */
export function layoutGraphs(
  states: Iterable<GraphState>,
  options?: LayoutOptions,
): KeyframeLayout[] {
  return [...layoutSteps(states, options)];
}

/**
 * {@link layoutGraphs} one keyframe at a time, in time order: a long story can be laid out in
 * slices (between frames, or in a worker posting as it goes) with the same result as in one go.
 */
export function* layoutSteps(
  states: Iterable<GraphState>,
  options?: LayoutOptions,
): Generator<KeyframeLayout, void, undefined> {
  const o = resolveOptions(options);
  const random = lcg(o.seed);
  let before: GraphState | undefined;
  let previous: ReadonlyMap<string, Point> | undefined;
  for (const state of states) {
    const positions =
      before && previous && o.warmStart
        ? warmLayout(before, previous, state, o, random)
        : coldLayout(state, o, o.warmStart ? random : lcg(o.seed));
    yield { keyframe: state.keyframe, positions };
    before = state;
    previous = positions;
  }
}

/** The states {@link layoutKeyframes} lays out: the timeline's, one keyframe at a time. */
export function* keyframeStates(timeline: Timeline): Generator<GraphState, void, undefined> {
  for (const keyframe of timeline.keyframes) yield timeline.graphAt(keyframe);
}
