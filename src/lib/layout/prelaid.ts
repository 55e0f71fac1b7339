// Pure: a story's keyframe layouts as plain JSON, for the story the app bundles. No DOM, no Svelte.
//
// The layout is a deterministic function of the story, so the bundled story's keyframes are laid
// out once, when the app is built (scripts/prelaid-layouts.ts), and ship beside it: its first view
// then loads and runs no layout code at all. JSON keeps every coordinate exact — a number prints
// in the shortest form that reads back as the same double — so the positions are the ones the page
// would have computed itself, and a story opened from a file is laid out the same.
import type { Story } from '../schema/story.ts';
import type { KeyframeLayout } from './keyframe-layout.ts';
import { actorIndex, packLayout, unpackLayouts } from './packed.ts';

/** One keyframe's layout as JSON: {@link PackedLayout} with arrays for typed arrays. */
export interface PrelaidLayout {
  /** The keyframe instant (ms UTC). */
  readonly keyframe: number;
  /** Index in `story.actors` of each actor laid out; absent: the positions of the keyframe before. */
  readonly actors?: readonly number[];
  /** x, y of each of those actors in turn, layout units. */
  readonly xy?: readonly number[];
}

/** `layouts` (every keyframe of `story`, in time order) as JSON-ready data. */
export function prelay(story: Story, layouts: readonly KeyframeLayout[]): PrelaidLayout[] {
  const index = actorIndex(story);
  return layouts.map((layout, i) => {
    const { packed } = packLayout(layout, layouts[i - 1], index);
    if (!packed.actors || !packed.xy) return { keyframe: packed.keyframe };
    return { keyframe: packed.keyframe, actors: [...packed.actors], xy: [...packed.xy] };
  });
}

/**
 * The keyframe layouts back from {@link prelay}'s data, for the same story. Throws should the data
 * not fit the story (an index out of range, a first keyframe without positions).
 */
export function unprelay(story: Story, data: readonly PrelaidLayout[]): KeyframeLayout[] {
  const packed = data.map(({ keyframe, actors, xy }) =>
    actors && xy
      ? { keyframe, actors: Int32Array.from(actors), xy: Float64Array.from(xy) }
      : { keyframe },
  );
  return unpackLayouts(
    packed,
    story.actors.map((a) => a.id),
    undefined,
  );
}
