// What the benchmark watches in a page from its first script on (an init script): when the first
// graph is drawn, by which renderer, when the time slider is in the page (the whole first view),
// and — in the app — whether the layout's progress bar showed while the keyframes were laid out, and
// when the layout was first seen running and done, and what its workers sent meanwhile: the
// benchmark's own view of the layout, not the app's word for it. Times are ms since navigation start (performance.now()), the clock
// User Timing measures use too.
import type { Page } from '@playwright/test';

/** How the first graph was recognised. */
export type DrawnBy =
  /** An SVG element per actor (`svg [data-actor-id]`): the app's small stories, the d3 peer. */
  | 'svg'
  /** The app's canvas (`.network canvas[data-actors]` > 0) once it marked its first draw. */
  | 'canvas'
  /** A page without the app's `.network` that marked `bench:first-graph` (the vis-network peer). */
  | 'mark';

/** What the probe saw; every time in ms since navigation start, null when it did not happen. */
export interface Probed {
  readonly firstGraph: number | null;
  readonly drawnBy: DrawnBy | null;
  /** The progress bar ("Laying out the network…") seen in a `.graph[data-layout="running"]`. */
  readonly progressAt: number | null;
  /** `.graph[data-layout="running"]` first seen: the view is in the page, laying out. */
  readonly layoutRunningAt: number | null;
  /** `.graph[data-layout="done"]` seen. */
  readonly layoutDoneAt: number | null;
  /** Messages the page received from its workers before the layout was seen done. */
  readonly workerMessages: number;
  /** The time slider (an `input[type="range"]`) seen: with the graph, the first view is whole. */
  readonly sliderAt: number | null;
}

/** The probe's record before it has seen anything: the page starts from it, and reads fall back to it. */
const NOTHING_SEEN: Probed = {
  firstGraph: null,
  drawnBy: null,
  progressAt: null,
  layoutRunningAt: null,
  layoutDoneAt: null,
  workerMessages: 0,
  sliderAt: null,
};

/**
 * The init script, as a plain string: tsx would wrap a function's inner helpers in a `__name()`
 * that the page does not have. It keeps `window.__benchProbe` (a Probed) up to date from DOM
 * mutations and performance marks, and stops watching once it has seen the first graph, the slider
 * (or 10 s have passed since the graph without one) and either the end of the layout or a page
 * that has no `.graph` (a peer).
 *
 * It also counts the messages each worker of the page sends until the layout is seen done.
 *
 * A canvas counts as drawn once the `bench:first-graph` mark is there: NetworkCanvas makes it on
 * its first draw with positions. `data-actors` > 0 alone is not enough — the canvas enters the
 * page with it set, a frame before its first draw and possibly long before the first keyframes
 * are laid out.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = ${JSON.stringify(NOTHING_SEEN)};
  window.__benchProbe = probe;
  // Every worker the page makes is the platform's own, with a listener of ours that counts what it
  // sends: a started worker is not proof that it did the work (the app starts one ahead of need).
  if (typeof Worker === 'function') {
    const Platform = Worker;
    window.Worker = class extends Platform {
      constructor(url, options) {
        super(url, options);
        this.addEventListener('message', () => {
          if (probe.layoutDoneAt === null) probe.workerMessages++;
        });
      }
    };
  }
  const markTime = () => {
    const mark = performance.getEntriesByName('bench:first-graph', 'mark')[0];
    return mark ? mark.startTime : null;
  };
  const check = () => {
    const now = performance.now();
    if (probe.firstGraph === null) {
      const canvas = document.querySelector('.network canvas[data-actors]');
      if (document.querySelector('svg [data-actor-id]')) {
        probe.firstGraph = now;
        probe.drawnBy = 'svg';
      } else if (canvas && Number(canvas.getAttribute('data-actors')) > 0) {
        const at = markTime();
        if (at !== null) {
          probe.firstGraph = at;
          probe.drawnBy = 'canvas';
        }
      } else if (!document.querySelector('.network') && markTime() !== null) {
        probe.firstGraph = markTime();
        probe.drawnBy = 'mark';
      }
    }
    if (
      probe.progressAt === null &&
      document.querySelector('.graph[data-layout="running"] progress[aria-label^="Laying out the network"]')
    )
      probe.progressAt = now;
    if (probe.layoutRunningAt === null && document.querySelector('.graph[data-layout="running"]'))
      probe.layoutRunningAt = now;
    if (probe.layoutDoneAt === null && document.querySelector('.graph[data-layout="done"]'))
      probe.layoutDoneAt = now;
    if (probe.sliderAt === null && document.querySelector('input[type="range"]')) probe.sliderAt = now;
    const settled = probe.layoutDoneAt !== null || !document.querySelector('.graph');
    const whole = probe.sliderAt !== null || (probe.firstGraph !== null && now - probe.firstGraph > 10000);
    if (probe.firstGraph !== null && whole && settled) {
      mutations.disconnect();
      marks.disconnect();
    }
  };
  const mutations = new MutationObserver(check);
  mutations.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-layout', 'data-actors'],
  });
  const marks = new PerformanceObserver(check);
  marks.observe({ type: 'mark' });
})();`;

/** The probe's record so far (all null on a page without the init script). */
export async function readProbe(page: Page): Promise<Probed> {
  const probed = await page.evaluate(() => Reflect.get(window, '__benchProbe') as unknown);
  return typeof probed === 'object' && probed !== null
    ? { ...NOTHING_SEEN, ...probed }
    : NOTHING_SEEN;
}

/** When the probe first saw `key` (ms since navigation start), waiting up to `timeoutMs` (0: no limit). */
async function probeTime(
  page: Page,
  key: 'firstGraph' | 'sliderAt',
  timeoutMs: number,
): Promise<number> {
  const handle = await page.waitForFunction(
    (k) => (Reflect.get(window, '__benchProbe') as Probed | undefined)?.[k] ?? undefined,
    key,
    { timeout: timeoutMs, polling: 50 },
  );
  const at = Number(await handle.jsonValue());
  await handle.dispose();
  return at;
}

/**
 * Waits until the probe has seen the first graph and returns its time (ms since navigation start).
 * `timeoutMs`: 0 (default) waits as long as it takes, for callers that bound it themselves.
 */
export function waitForFirstGraph(page: Page, timeoutMs = 0): Promise<number> {
  return probeTime(page, 'firstGraph', timeoutMs);
}

/**
 * Waits until the probe has seen the time slider and returns the first view's whole time (ms since
 * navigation start): the later of the first graph and the slider. Null when no slider came within
 * `timeoutMs` (default 10 s): the first graph stands, the whole view is reported missing.
 */
export async function waitForWholeView(
  page: Page,
  firstGraph: number,
  timeoutMs = 10_000,
): Promise<number | null> {
  try {
    return Math.max(await probeTime(page, 'sliderAt', timeoutMs), firstGraph);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
}
