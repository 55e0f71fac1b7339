// A view's keyframe layouts, streamed in as they are laid out (layout-client.ts: a small story on
// the main thread, a large one in a worker, the bundled story's from the build), with where and how
// it went. Runes: call while a component initialises, and stop it when the component goes.
import type { KeyframeLayout } from '../layout/keyframe-layout.ts';
import { streamLayouts, type LayoutThread } from '../layout/layout-client.ts';
import type { ViewState } from './view-state.svelte.ts';

/** How a view's layout is going (reactive), and its off switch. */
export interface LayoutStream {
  /** Where the keyframes are laid out, once the first batch is in (undefined before). */
  readonly thread: LayoutThread | undefined;
  /** Why the layout stopped, should it fail (its code did not load): shown instead of progress. */
  readonly failed: string | undefined;
  /** Stops the work (a worker is terminated); call it when the view goes. */
  stop(): void;
}

/**
 * Starts laying out `view`'s story at once (not in an effect, so the work starts while the view
 * mounts), adding each batch to the view. `known`: every keyframe's layout, when known already.
 * User Timing measures `tielines:first-layout` and `tielines:layout`, from the start, time it in
 * devtools and the benchmark, with the thread in their detail.
 */
export function streamInto(
  view: ViewState,
  known: readonly KeyframeLayout[] | undefined,
): LayoutStream {
  let thread = $state<LayoutThread>();
  let failed = $state<string>();
  const started = performance.now();
  const measure = (name: string) =>
    performance.measure(name, { start: started, detail: { thread } });
  const stop = streamLayouts(
    view.story,
    view.timeline,
    (batch) => {
      view.addLayouts(batch.layouts);
      const first = thread === undefined;
      thread = batch.thread;
      if (first) measure('tielines:first-layout');
      if (batch.done === batch.total) measure('tielines:layout');
    },
    { onfail: (reason) => (failed = reason), known },
  );
  return {
    stop,
    get thread() {
      return thread;
    },
    get failed() {
      return failed;
    },
  };
}
