// The layout stage in a Web Worker: receives a story, lays out its keyframes in time order and
// posts them back in batches as it goes, so the page stays responsive and can draw the first
// keyframes while later ones are computed. Same code and seed as on the main thread, so the same
// positions. One request per worker; the page terminates it to cancel.
import { Timeline } from '../timeline/timeline.ts';
import { keyframeStates, layoutSteps, type KeyframeLayout } from './keyframe-layout.ts';
import {
  actorIndex,
  packLayout,
  type LayoutMessage,
  type LayoutRequest,
  type PackedLayout,
} from './packed.ts';

/** Post at least this often while laying out (ms): a progress bar and new keyframes stay live. */
const BATCH_MS = 50;

function post(message: LayoutMessage, transfer: ArrayBuffer[] = []): void {
  postMessage(message, { transfer });
}

addEventListener(
  'message',
  (event: MessageEvent<LayoutRequest>) => {
    const { story } = event.data;
    try {
      const timeline = new Timeline(story);
      const index = actorIndex(story);
      const total = timeline.keyframes.length;
      let from = 0;
      let batch: PackedLayout[] = [];
      let transfer: ArrayBuffer[] = [];
      let previous: KeyframeLayout | undefined;
      let last = performance.now();
      for (const layout of layoutSteps(keyframeStates(timeline))) {
        const packed = packLayout(layout, previous, index);
        batch.push(packed.packed);
        transfer.push(...packed.transfer);
        previous = layout;
        // The first keyframe goes at once: it is what the page draws first.
        if (from === 0 || performance.now() - last >= BATCH_MS) {
          post({ type: 'layouts', from, total, layouts: batch }, transfer);
          from += batch.length;
          batch = [];
          transfer = [];
          last = performance.now();
        }
      }
      if (batch.length > 0 || total === 0)
        post({ type: 'layouts', from, total, layouts: batch }, transfer);
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  },
  { once: true },
);
