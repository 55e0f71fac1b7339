// Lays out a story's keyframes off the main thread and hands them to the page in batches, in time
// order. Browser glue (workers, timers), not pure: the layout itself is layoutSteps.
//
// A Web Worker does the work when one can start; where none can (an iframe sandboxed without
// allow-same-origin, a test DOM, a worker that fails to load) the same layout runs on the main
// thread in slices of a few milliseconds between tasks, so the page still draws and scrubs while it
// runs. Either way the positions are the same: one deterministic algorithm, one seed.
import type { Story } from '../schema/story.ts';
import type { Timeline } from '../timeline/timeline.ts';
import type { KeyframeLayout } from './keyframe-layout.ts';
import { type LayoutMessage, unpackLayouts } from './packed.ts';
import { spawnLayoutWorker } from './spawn-worker.ts';

/** A worker started ahead of need by {@link prepareLayoutWorker}, taken by the next layout. */
let prepared: Worker | undefined;

/**
 * Starts the layout worker now, so that its script loads and compiles while the page is still
 * fetching the story and mounting: the first layout then starts without that wait. Harmless where
 * no worker may start (the layout will run on the main thread).
 */
export function prepareLayoutWorker(): void {
  if (prepared || typeof Worker === 'undefined') return;
  let worker: Worker;
  try {
    worker = spawnLayoutWorker();
  } catch {
    return;
  }
  // A worker whose script fails to load (a stale deploy, a strict policy) may fail before any
  // layout listens: drop it then, so the layout does not wait on a dead worker.
  worker.addEventListener('error', () => {
    if (prepared !== worker) return;
    prepared = undefined;
    worker.terminate();
  });
  prepared = worker;
}

function takeWorker(): Worker {
  const worker = prepared;
  prepared = undefined;
  return worker ?? spawnLayoutWorker();
}

/** Where the layout runs. */
export type LayoutThread = 'worker' | 'main';

/** Layouts as they arrive: the next keyframes in time order, and how far along the whole is. */
export interface LayoutBatch {
  readonly layouts: readonly KeyframeLayout[];
  /** Keyframes laid out so far, this batch included. */
  readonly done: number;
  /** Keyframes in the story. */
  readonly total: number;
  readonly thread: LayoutThread;
}

export interface LayoutClientOptions {
  /**
   * Starts a worker; default the one prepareLayoutWorker started, else a new one. Throwing (or
   * undefined) means "run on the main thread".
   */
  spawn?: () => Worker | undefined;
  /** Longest main-thread slice (ms) before giving the page a turn; default 8. */
  sliceMs?: number;
}

/**
 * Starts laying out `timeline` (the Timeline of `story`); `onbatch` receives the layouts in time
 * order. Returns a function that stops the work (call it when the story goes away).
 */
export function streamLayouts(
  story: Story,
  timeline: Timeline,
  onbatch: (batch: LayoutBatch) => void,
  options: LayoutClientOptions = {},
): () => void {
  const ids = story.actors.map((a) => a.id);
  const total = timeline.keyframes.length;
  let done = 0;
  let last: KeyframeLayout | undefined;
  let stopped = false;
  let worker: Worker | undefined;
  let stopMain: (() => void) | undefined;

  const deliver = (layouts: readonly KeyframeLayout[], thread: LayoutThread) => {
    if (stopped || (layouts.length === 0 && done > 0)) return;
    done += layouts.length;
    last = layouts.at(-1) ?? last;
    onbatch({ layouts, done, total, thread });
  };

  const onMain = () => {
    worker?.terminate();
    worker = undefined;
    if (stopped) return;
    // Resume where the worker stopped: the run is deterministic, so keyframes already delivered
    // are recomputed (the warm start needs them) but not delivered twice.
    stopMain = sliceOnMain(timeline, done, options.sliceMs ?? 8, (layouts) =>
      deliver(layouts, 'main'),
    );
  };

  try {
    worker = (options.spawn ?? takeWorker)();
  } catch {
    worker = undefined;
  }
  if (!worker) {
    onMain();
  } else {
    const from = worker;
    from.addEventListener('message', (event: MessageEvent<LayoutMessage>) => {
      // Once the main thread has taken over, what the worker had already queued is ignored.
      if (worker !== from) return;
      const message = event.data;
      if (message.type === 'failed' || message.from !== done) return onMain();
      deliver(unpackLayouts(message.layouts, ids, last), 'worker');
    });
    from.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === from) onMain();
    });
    worker.postMessage({ story });
  }

  return () => {
    stopped = true;
    worker?.terminate();
    stopMain?.();
  };
}

/**
 * The layout on the main thread, a slice of at most `sliceMs` at a time, delivering the layouts
 * from index `skip` on. Returns a function that stops it.
 */
function sliceOnMain(
  timeline: Timeline,
  skip: number,
  sliceMs: number,
  deliver: (layouts: KeyframeLayout[]) => void,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  void import('./keyframe-layout.ts').then(({ keyframeStates, layoutSteps }) => {
    const steps = layoutSteps(keyframeStates(timeline));
    let index = 0;
    const slice = () => {
      if (stopped) return;
      const started = performance.now();
      const batch: KeyframeLayout[] = [];
      for (;;) {
        const next = steps.next();
        if (next.done) {
          deliver(batch);
          return;
        }
        if (index++ >= skip) batch.push(next.value);
        // Keyframes a failed worker had delivered are recomputed (the warm start needs them) in
        // slices too; an empty batch is simply not delivered.
        if (performance.now() - started >= sliceMs) break;
      }
      deliver(batch);
      timer = setTimeout(slice, 0);
    };
    slice();
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
