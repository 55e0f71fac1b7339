// The keyframe layout on the main thread, for layout-client.ts: its code loaded on first use (a chunk
// of its own, off the first view), then run in slices of a few milliseconds between tasks so that
// the page still draws and scrubs meanwhile. Browser glue (timers, dynamic import), not pure.
import type { Timeline } from '../timeline/timeline.ts';
import type { KeyframeLayout } from './keyframe-layout.ts';

/** The layout stage's code, as the main thread loads it. */
export type LayoutModule = typeof import('./keyframe-layout.ts');
/** The main-thread layout's code once loaded: a layout can then start within the current task. */
let layoutModule: LayoutModule | undefined;

let loading: Promise<LayoutModule> | undefined;

/** Loads the main-thread layout's code (a chunk of its own), once; a failed load is tried again. */
export function loadLayout(): Promise<LayoutModule> {
  loading ??= import('./keyframe-layout.ts').then(
    (module) => (layoutModule = module),
    (error: unknown) => {
      loading = undefined; // a later layout tries again
      throw error;
    },
  );
  return loading;
}

/** What sliceOnMain needs besides the timeline. */
export interface SliceOptions {
  readonly sliceMs: number;
  readonly load: () => Promise<LayoutModule>;
  readonly deliver: (layouts: KeyframeLayout[]) => void;
  /** The layout's code did not load: nothing was or will be delivered. */
  readonly fail: (error: string) => void;
}

/**
 * The layout on the main thread, a slice of at most `sliceMs` at a time (at least one keyframe),
 * delivering the layouts from index `skip` on. Returns a function that stops it.
 */
export function sliceOnMain(timeline: Timeline, skip: number, o: SliceOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = ({ keyframeStates, layoutSteps }: LayoutModule) => {
    if (stopped) return;
    const steps = layoutSteps(keyframeStates(timeline));
    let index = 0;
    const slice = () => {
      if (stopped) return;
      const started = performance.now();
      const batch: KeyframeLayout[] = [];
      for (;;) {
        const next = steps.next();
        if (next.done) {
          o.deliver(batch);
          return;
        }
        if (index++ >= skip) batch.push(next.value);
        // Keyframes a failed worker had delivered are recomputed (the warm start needs them) in
        // slices too; an empty batch is simply not delivered.
        if (performance.now() - started >= o.sliceMs) break;
      }
      o.deliver(batch);
      timer = setTimeout(slice, 0);
    };
    slice();
  };
  // Loaded already (by an earlier layout), the first slice runs now, in the caller's task: the view
  // that asked draws its first keyframe before the browser paints.
  if (layoutModule && o.load === loadLayout) run(layoutModule);
  else
    o.load().then(run, (error: unknown) => {
      if (!stopped) o.fail(error instanceof Error ? error.message : String(error));
    });
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
