// Lays out a story's keyframes off the main thread and hands them to the page in batches, in time
// order. Browser glue (workers, timers), not pure: the layout itself is layoutSteps.
//
// A small story is laid out on the main thread, in slices of a few milliseconds between tasks: its
// whole layout costs less than a worker's start and first round trip, and its first keyframe is
// ready in the task that mounts the view. A larger one goes to a Web Worker when one can start;
// where none can (an iframe sandboxed without allow-same-origin, a test DOM, a worker that fails to
// load) it too runs in slices on the main thread, so the page still draws and scrubs meanwhile.
// Either way the positions are the same: one deterministic algorithm, one seed.
import type { Story } from '../schema/story.ts';
import type { Timeline } from '../timeline/timeline.ts';
import type { KeyframeLayout } from './keyframe-layout.ts';
import { type LayoutMessage, type LayoutRequest, unpackLayouts } from './packed.ts';
import { spawnLayoutWorker } from './spawn-worker.ts';

/**
 * The most work (actors × keyframes) laid out on the main thread. Up to it a layout takes at most
 * about 30 ms in all on this project's 2-core benchmark machine (the flagship story: 25 actors × 14
 * keyframes, 15 ms), less than a worker's start and first round trip; beyond it, a worker.
 */
export const MAIN_THREAD_WORK = 5_000;

/** Where a story's layout runs when a worker can start: {@link MAIN_THREAD_WORK}. */
export function layoutThreadFor(story: Story, timeline: Timeline): LayoutThread {
  return story.actors.length * timeline.keyframes.length <= MAIN_THREAD_WORK ? 'main' : 'worker';
}

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

/**
 * Loads the main-thread layout's code now, for a story known to be small
 * ({@link layoutThreadFor}), so that its first keyframe is laid out as soon as the view mounts.
 */
export function prepareMainThreadLayout(): void {
  void loadLayout();
}

/**
 * Settles once the main-thread layout's code is loaded, when prepareMainThreadLayout asked for it
 * (at once otherwise, or should it fail to load: the layout then loads it again when it starts).
 * A view mounted after it draws its first keyframe in the mount's own task.
 */
export async function mainThreadLayoutReady(): Promise<void> {
  await loading?.catch(() => undefined);
}

type LayoutModule = typeof import('./keyframe-layout.ts');
/** The main-thread layout's code once loaded: a layout can then start within the current task. */
let layoutModule: LayoutModule | undefined;

let loading: Promise<LayoutModule> | undefined;

function loadLayout(): Promise<LayoutModule> {
  loading ??= import('./keyframe-layout.ts').then(
    (module) => (layoutModule = module),
    (error: unknown) => {
      loading = undefined; // a later layout tries again
      throw error;
    },
  );
  return loading;
}

function takeWorker(): Worker {
  const worker = prepared;
  prepared = undefined;
  return worker ?? spawnLayoutWorker();
}

/** Stops a worker prepared for a story that turned out small; none runs. */
function releasePreparedWorker(): undefined {
  prepared?.terminate();
  prepared = undefined;
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
   * undefined) means "run on the main thread". Given, it is used whatever the story's size;
   * by default a small story ({@link layoutThreadFor}) starts no worker.
   */
  spawn?: () => Worker | undefined;
  /** Longest main-thread slice (ms) before giving the page a turn; default 8. */
  sliceMs?: number;
}

/**
 * Starts laying out `timeline` (the Timeline of `story`); `onbatch` receives the layouts in time
 * order. Returns a function that stops the work (call it when the story goes away).
 *
 * The first batch may come before this returns: a small story on the main thread, once the
 * layout's code is loaded, lays out its first keyframe at once, so that a view mounting draws it in
 * the same task.
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

  const spawn =
    options.spawn ??
    (layoutThreadFor(story, timeline) === 'main' ? releasePreparedWorker : takeWorker);
  try {
    worker = spawn();
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
    const request: LayoutRequest = { story };
    worker.postMessage(request);
  }

  return () => {
    stopped = true;
    worker?.terminate();
    stopMain?.();
  };
}

/**
 * The layout on the main thread, a slice of at most `sliceMs` at a time (at least one keyframe),
 * delivering the layouts from index `skip` on. Returns a function that stops it.
 */
function sliceOnMain(
  timeline: Timeline,
  skip: number,
  sliceMs: number,
  deliver: (layouts: KeyframeLayout[]) => void,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = ({ keyframeStates, layoutSteps }: LayoutModule) => {
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
  };
  // Loaded already (prepareMainThreadLayout), the first slice runs now, in the caller's task: the
  // view that asked draws its first keyframe before the browser paints.
  if (layoutModule) run(layoutModule);
  else void loadLayout().then(run);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
