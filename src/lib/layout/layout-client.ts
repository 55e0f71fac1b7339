// Lays out a story's keyframes and hands them to the page in batches, in time order, without
// blocking it. Browser glue (workers, timers), not pure: the layout itself is layoutSteps.
//
// A small story is laid out on the main thread, in slices of a few milliseconds between tasks: its
// whole layout costs less than a worker's start and first round trip (the layout's code loads on
// first use; once loaded, a first keyframe is ready in the task that asks). A larger one goes to a
// Web Worker when one can start; where none can (an iframe sandboxed without allow-same-origin, a
// test DOM, a worker that fails to load) it too runs in slices on the main thread, so the page
// still draws and scrubs meanwhile. Either way the positions are the same: one deterministic
// algorithm, one seed. Should the main thread's code fail to load, a worker is tried; should both
// fail, the page is told (onfail) instead of waiting for ever. Layouts known already (the bundled
// story's, laid out when the app was built) are simply handed over.
import type { Story } from '../schema/story.ts';
import type { Timeline } from '../timeline/timeline.ts';
import type { KeyframeLayout } from './keyframe-layout.ts';
import { type LayoutModule, loadLayout, sliceOnMain } from './main-thread.ts';
import { type LayoutMessage, type LayoutRequest, unpackLayouts } from './packed.ts';
import { spawnLayoutWorker } from './spawn-worker.ts';

export type { LayoutModule } from './main-thread.ts';

/**
 * A story is laid out on the main thread when it has at most MAIN_THREAD_ACTORS actors and at most
 * MAIN_THREAD_WORK actors × keyframes; otherwise in a worker. Measured in Node on this project's
 * 2-core machine, warm: the flagship (25 × 14 = 350) takes 15 ms in all, a generated story of 40
 * actors (40 × 108 = 4,320) 32 ms. The actor cap bounds the one slice that cannot be split, a cold
 * first keyframe (up to 300 ticks over every actor present).
 */
export const MAIN_THREAD_WORK = 5_000;
export const MAIN_THREAD_ACTORS = 100;

/** Where a story's layout runs when a worker can start: see {@link MAIN_THREAD_WORK}. */
export function layoutThreadFor(story: Story, timeline: Timeline): LayoutThread {
  const actors = story.actors.length;
  return actors <= MAIN_THREAD_ACTORS && actors * timeline.keyframes.length <= MAIN_THREAD_WORK
    ? 'main'
    : 'worker';
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

function takeWorker(): Worker {
  const worker = prepared;
  prepared = undefined;
  return worker ?? spawnLayoutWorker();
}

/** Where the layout runs: a worker, the main thread, or it ran when the app was built. */
export type LayoutThread = 'worker' | 'main' | 'build';

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
   * undefined) means "run on the main thread". Given, it is used whatever the story's size; by
   * default a small story ({@link layoutThreadFor}) starts no worker, unless one was prepared
   * already (its start is paid for).
   */
  spawn?: () => Worker | undefined;
  /** Longest main-thread slice (ms) before giving the page a turn; default 8. */
  sliceMs?: number;
  /**
   * Called once, with the reason, when the layout cannot go on: the main thread's code failed to
   * load and no worker could take over. No batch follows.
   */
  onfail?: (message: string) => void;
  /** Loads the main-thread layout's code; default the app's own chunk (tests make it fail). */
  load?: () => Promise<LayoutModule>;
  /**
   * Every keyframe's layout, known already (the bundled story's, laid out at build time): they
   * are delivered at once, before streamLayouts returns, and nothing is laid out. Ignored unless
   * they are one per keyframe of `timeline`, at its instants.
   */
  known?: readonly KeyframeLayout[];
}

/**
 * Starts laying out `timeline` (the Timeline of `story`); `onbatch` receives the layouts in time
 * order. Returns a function that stops the work (call it when the story goes away).
 *
 * Layouts given as `known` all come in one batch before this returns. Otherwise the first batch may
 * too: a small story on the main thread, once the layout's code is loaded, lays out its first
 * keyframe at once, so that a view mounting draws it in the same task.
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

  const fail = (message: string) => {
    if (!stopped) options.onfail?.(message);
  };

  /**
   * Runs the layout on the main thread from where it stands; should its code not load, `next` is
   * given the reason (a worker may take over), else the layout fails.
   */
  const onMain = (next?: (why: string) => void) => {
    worker?.terminate();
    worker = undefined;
    if (stopped) return;
    // Resume where the worker stopped: the run is deterministic, so keyframes already delivered
    // are recomputed (the warm start needs them) but not delivered twice.
    stopMain = sliceOnMain(timeline, done, {
      sliceMs: options.sliceMs ?? 8,
      load: options.load ?? loadLayout,
      deliver: (layouts) => deliver(layouts, 'main'),
      fail: (error) => {
        const why = `its code did not load (${error})`;
        if (next && !stopped) next(why);
        else fail(why);
      },
    });
  };

  /** Starts `spawn`'s worker; false when none starts. */
  const onWorker = (spawn: () => Worker | undefined, fallback: () => void): boolean => {
    try {
      worker = spawn();
    } catch {
      worker = undefined;
    }
    if (!worker) return false;
    const from = worker;
    from.addEventListener('message', (event: MessageEvent<LayoutMessage>) => {
      // Once the main thread has taken over, what the worker had already queued is ignored.
      if (worker !== from) return;
      const message = event.data;
      if (message.type === 'failed' || message.from !== done) {
        if (done < total) fallback();
        return;
      }
      deliver(unpackLayouts(message.layouts, ids, last), 'worker');
    });
    from.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === from && done < total) fallback();
    });
    const request: LayoutRequest = { story };
    from.postMessage(request);
    return true;
  };

  const known = options.known;
  if (
    known?.length === total &&
    total > 0 &&
    known.every((l, i) => l.keyframe === timeline.keyframes[i])
  ) {
    deliver(known, 'build');
    return () => {
      stopped = true;
    };
  }

  const small =
    options.spawn === undefined && !prepared && layoutThreadFor(story, timeline) === 'main';
  if (small) {
    // The main thread first; should its code not load, a worker, the last resort.
    onMain((why) => {
      if (!onWorker(takeWorker, () => fail(`${why}, and the layout worker failed`)))
        fail(`${why}, and no layout worker could start`);
    });
  } else if (!onWorker(options.spawn ?? takeWorker, () => onMain())) {
    onMain();
  }

  return () => {
    stopped = true;
    worker?.terminate();
    stopMain?.();
  };
}
