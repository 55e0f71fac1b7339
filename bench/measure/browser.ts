// The system Chromium under Playwright, for the benchmark: one browser per subject, a fresh context
// (empty cache) per measurement, CPU throttling through CDP, and a hard time limit on each
// measurement — past it the browser is closed (its renderer may be stuck in a long task) and the
// measurement is recorded as a timeout instead of hanging the run.
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
  type Response,
  type Worker,
} from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.ts';
import {
  type DrawnBy,
  PROBE_SCRIPT,
  readProbe,
  waitForFirstGraph,
  waitForWholeView,
} from './probe.ts';

/** A measurement's result, or why there is none. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: 'timeout' | 'error'; readonly message: string };

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** One Chromium, relaunched after a timeout closed it. */
export class Chromium {
  #browser: Browser | undefined;
  version = '';

  async context(): Promise<BrowserContext> {
    if (!this.#browser) {
      this.#browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
      });
      this.version = this.#browser.version();
    }
    return this.#browser.newContext({ viewport: VIEWPORT });
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    await browser?.close().catch(() => undefined);
  }
}

export interface Tab {
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

/** A fresh page in a fresh context (empty cache), with a CDP session for throttling and metrics. */
export async function newTab(chrome: Chromium): Promise<Tab> {
  const context = await chrome.context();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript({ content: PROBE_SCRIPT });
  return { page, cdp, close: () => context.close().catch(() => undefined) };
}

/**
 * Runs `work` for at most `limitMs`. Never throws: a timeout or an error becomes an Outcome, and
 * closes the browser (its renderer may be stuck in a long task); the next tab relaunches it.
 */
export async function limited<T>(
  chrome: Chromium,
  limitMs: number,
  work: () => Promise<T>,
  /** Says what ran out, for the record; default "over N s". */
  why = `over ${(limitMs / 1000).toFixed(0)} s`,
): Promise<Outcome<T>> {
  if (limitMs <= 0) return { ok: false, error: 'timeout', message: `${why}; not started` };
  let timer: NodeJS.Timeout | undefined;
  try {
    const running = work();
    running.catch(() => undefined); // it loses the race on a timeout, then fails as the page closes
    const expired = new Promise<'timeout'>((done) => {
      timer = setTimeout(() => done('timeout'), limitMs);
    });
    const result = await Promise.race([running.then((value) => ({ value })), expired]);
    if (result !== 'timeout') return { ok: true, value: result.value };
    await chrome.close();
    return { ok: false, error: 'timeout', message: why };
  } catch (error) {
    await chrome.close();
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, error: 'error', message: message ?? 'error' };
  } finally {
    clearTimeout(timer);
  }
}

/** Sets the renderer's CPU slow-down (1 = none). */
export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export interface Opened {
  /** Navigation start → first drawn graph, ms. */
  readonly firstGraph: number;
  /** Navigation start → the graph and the time slider both in the page, ms; null: no slider came. */
  readonly wholeView: number | null;
  /** What showed it was drawn. */
  readonly drawnBy: DrawnBy | null;
  /** Every URL the page received a response for until the whole view (or the first graph), in order. */
  readonly responses: readonly string[];
  /**
   * The script URL of every dedicated worker the page started until then. Playwright reports a
   * worker's script among the page's responses too; this list makes sure it is weighed either way.
   */
  readonly workers: readonly string[];
}

/**
 * Opens `url` at the given CPU throttling and waits for the first drawn graph, as the probe sees it
 * (probe.ts): an SVG element per actor, the app's canvas once it has drawn, or for a peer without
 * the app's markup its `bench:first-graph` performance mark; then for the time slider too (the
 * whole first view, at most 10 s more).
 */
export async function open(tab: Tab, url: string, rate: number): Promise<Opened> {
  const responses: string[] = [];
  const workers: string[] = [];
  const record = (r: Response) => responses.push(r.url());
  const started = (w: Worker) => workers.push(w.url());
  tab.page.on('response', record);
  tab.page.on('worker', started);
  await throttle(tab.cdp, rate);
  await tab.page.goto(url, { waitUntil: 'commit', timeout: 0 });
  const crashed = new Promise<never>((_, fail) => tab.page.once('pageerror', fail));
  crashed.catch(() => undefined);
  const firstGraph = await Promise.race([waitForFirstGraph(tab.page), crashed]);
  const wholeView = await Promise.race([waitForWholeView(tab.page, firstGraph), crashed]);
  const { drawnBy } = await readProbe(tab.page);
  tab.page.off('response', record);
  tab.page.off('worker', started);
  return { firstGraph, wholeView, drawnBy, responses, workers };
}

/** Waits for `count` animation frames in the page. */
export async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  }, count);
}
