// Pure: keyframe layouts packed for postMessage, and the messages of the layout worker. No DOM, no
// Svelte.
//
// A layout is a Map of id → point per keyframe; posting it as is would clone thousands of strings
// and objects per keyframe. Packed, a keyframe is two typed arrays — actor indices (in story order)
// and x, y pairs — whose buffers are transferred, not copied. A keyframe whose positions are those
// of the keyframe before (only a relation changed) carries no arrays at all, and unpacking gives
// it the previous keyframe's map again, as layoutKeyframes does (positionsAt relies on that).
import type { Story } from '../schema/story.ts';
import type { KeyframeLayout } from './keyframe-layout.ts';
import type { Point } from './point.ts';

/** One keyframe's layout, packed. Without `actors`/`xy`: the same positions as the one before. */
export interface PackedLayout {
  /** The keyframe instant (ms UTC). */
  readonly keyframe: number;
  /** Index in `story.actors` of each actor laid out, in the layout's order. */
  readonly actors?: Int32Array;
  /** x, y of each of those actors in turn, layout units. */
  readonly xy?: Float64Array;
}

/**
 * What the page asks of the layout worker: lay out every keyframe of this story, with the default
 * options (the main thread's layout uses them too, so either gives the same positions).
 */
export interface LayoutRequest {
  readonly story: Story;
}

/** What the worker posts back: layouts in time order, a batch at a time, then done or failed. */
export type LayoutMessage =
  | {
      readonly type: 'layouts';
      /** Keyframes laid out before this batch (the batch's first index). */
      readonly from: number;
      /** Keyframes in the story. */
      readonly total: number;
      readonly layouts: readonly PackedLayout[];
    }
  | { readonly type: 'failed'; readonly message: string };

/** Each actor's index in story order, for {@link packLayout}. */
export function actorIndex(story: Story): ReadonlyMap<string, number> {
  return new Map(story.actors.map((a, i) => [a.id, i]));
}

/**
 * Packs `layout`, given the keyframe layout before it (undefined for the first) and each actor's
 * index. Returns the packed layout and the buffers to transfer.
 */
export function packLayout(
  layout: KeyframeLayout,
  previous: KeyframeLayout | undefined,
  index: ReadonlyMap<string, number>,
): { packed: PackedLayout; transfer: ArrayBuffer[] } {
  if (previous && layout.positions === previous.positions)
    return { packed: { keyframe: layout.keyframe }, transfer: [] };
  const actors = new Int32Array(layout.positions.size);
  const xy = new Float64Array(2 * layout.positions.size);
  let i = 0;
  for (const [id, p] of layout.positions) {
    const at = index.get(id);
    if (at === undefined) throw new Error(`actor "${id}" is not in the story`);
    actors[i] = at;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
    i++;
  }
  return {
    packed: { keyframe: layout.keyframe, actors, xy },
    transfer: [actors.buffer, xy.buffer],
  };
}

/**
 * Unpacks layouts posted in time order. `ids` are the story's actor ids in story order; `previous`
 * is the last layout unpacked before these (for a keyframe that repeats it).
 */
export function unpackLayouts(
  packed: readonly PackedLayout[],
  ids: readonly string[],
  previous: KeyframeLayout | undefined,
): KeyframeLayout[] {
  const out: KeyframeLayout[] = [];
  let before = previous;
  for (const { keyframe, actors, xy } of packed) {
    let positions: ReadonlyMap<string, Point>;
    if (!actors || !xy) {
      if (!before) throw new Error('the first layout cannot repeat the one before');
      positions = before.positions;
    } else {
      const map = new Map<string, Point>();
      for (let i = 0; i < actors.length; i++) {
        const id = ids[actors[i] ?? -1];
        if (id === undefined) throw new Error(`no actor at index ${String(actors[i])}`);
        map.set(id, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 });
      }
      positions = map;
    }
    before = { keyframe, positions };
    out.push(before);
  }
  return out;
}
