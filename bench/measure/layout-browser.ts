// Keyframe layout as the app does it in the browser, measured from outside the app: on a page that
// has drawn its first graph, waits for `.graph[data-layout="done"]`; the time is from when the probe
// (probe.ts) first saw the view laying out (`.graph[data-layout="running"]`) to when it saw it done,
// and the thread is whether the page started the layout worker (Playwright's page.on('worker'), by
// its script URL) and received its work (messages from a worker before the layout was done: the
// app starts its worker ahead of need, so a started worker alone proves nothing). The probe also
// saw the progress bar and when the graph was first drawn. The app's own word — its User Timing
// measures (tielines:layout, tielines:first-layout) and data-layout-thread — is read beside them,
// for comparison only.
import type { Page, Worker } from '@playwright/test';
import { readProbe } from './probe.ts';

/** The layout worker's script, as the build names it (src/lib/layout/layout.worker.ts). */
const LAYOUT_WORKER = /\/layout\.worker[^/]*\.js$/;

/**
 * Where the layout ran, as seen from outside: "worker", the page started the layout worker and
 * received messages from it before the layout was done; "idle worker", it started one that sent
 * nothing by then (the work was done elsewhere); "no worker", it started none.
 */
export type SeenThread = 'worker' | 'idle worker' | 'no worker';

export interface BrowserLayout {
  /**
   * From outside: the view first seen laying out → seen done (ms; the probe's clock). null: never
   * seen laying out (done from its first frame, as the bundled story is).
   */
  readonly layoutMs: number | null;
  /** Navigation start → `.graph[data-layout="running"]` first seen (ms); null: never seen. */
  readonly runningAt: number | null;
  /** Navigation start → `.graph[data-layout="done"]` first seen (ms). */
  readonly doneAt: number;
  readonly thread: SeenThread;
  /** The script URL of every worker the page started by then. */
  readonly workers: readonly string[];
  /** Messages the page received from its workers before the layout was seen done. */
  readonly workerMessages: number;
  /** Navigation start → the progress bar first seen while laying out (ms); null: never seen. */
  readonly progressAt: number | null;
  /** Navigation start → first drawn graph (ms). */
  readonly firstGraphAt: number;
  /** The graph was drawn before the layout was seen done: usable meanwhile. */
  readonly drawnBeforeDone: boolean;
  /** The app's own word, beside ours: its measures (ms from when it started the layout; null:
   *  not made) and the thread it names (`data-layout-thread`; null: none). */
  readonly app: {
    readonly layoutMs: number | null;
    readonly firstLayoutMs: number | null;
    readonly thread: string | null;
  };
}

/** Records the script URL of every worker `page` starts; call it before navigating. */
export function recordWorkers(page: Page): { readonly urls: readonly string[]; stop(): void } {
  const urls: string[] = [];
  const started = (w: Worker) => urls.push(w.url());
  page.on('worker', started);
  return { urls, stop: () => page.off('worker', started) };
}

/** Pure: what the probe saw and the workers started, as the layout's figures seen from outside. */
export function seenLayout(
  probed: {
    readonly firstGraph: number | null;
    readonly layoutRunningAt: number | null;
    readonly layoutDoneAt: number | null;
    readonly progressAt: number | null;
    readonly workerMessages: number;
  },
  workers: readonly string[],
  app: BrowserLayout['app'],
): BrowserLayout {
  const { firstGraph, layoutRunningAt: runningAt, layoutDoneAt: doneAt } = probed;
  if (doneAt === null) throw new Error('the probe did not see the layout done');
  if (firstGraph === null) throw new Error('layout done but no graph drawn');
  const layoutWorker = workers.some((url) => LAYOUT_WORKER.test(new URL(url).pathname));
  return {
    layoutMs: runningAt === null ? null : doneAt - runningAt,
    runningAt,
    doneAt,
    thread: !layoutWorker ? 'no worker' : probed.workerMessages > 0 ? 'worker' : 'idle worker',
    workers,
    workerMessages: probed.workerMessages,
    progressAt: probed.progressAt,
    firstGraphAt: firstGraph,
    drawnBeforeDone: firstGraph < doneAt,
    app,
  };
}

/**
 * Waits until no `.graph` of the page is still laying out: at once on a page without one (a peer).
 * Positions read before then may be of dates not laid out yet. `timeoutMs`: 0 (default) waits as
 * long as it takes, for callers that bound it themselves.
 */
export async function layoutSettled(page: Page, timeoutMs = 0): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.graph:not([data-layout="done"])') === null,
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
}

/**
 * Waits, without a time limit of its own (the caller bounds it), until the page has laid out every
 * keyframe, then reads the figures. `workers`: the script URLs the page started (recordWorkers,
 * from before its navigation).
 */
export async function waitForLayout(
  page: Page,
  workers: readonly string[],
): Promise<BrowserLayout> {
  await page.waitForFunction(
    () =>
      (Reflect.get(window, '__benchProbe') as { layoutDoneAt: number | null } | undefined)
        ?.layoutDoneAt != null,
    undefined,
    { timeout: 0, polling: 50 },
  );
  const app = await page.evaluate(() => ({
    layoutMs: performance.getEntriesByName('tielines:layout', 'measure')[0]?.duration ?? null,
    firstLayoutMs:
      performance.getEntriesByName('tielines:first-layout', 'measure')[0]?.duration ?? null,
    thread: document.querySelector('.graph')?.getAttribute('data-layout-thread') ?? null,
  }));
  return seenLayout(await readProbe(page), [...workers], app);
}
