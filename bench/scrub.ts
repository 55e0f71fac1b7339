// Scrub benchmark: drives the slider across the story's whole domain, one step per animation
// frame, in Chromium against the built app (or a peer page with an <input type=range>), and reports
// frame times and long tasks. `npm run bench` uses scrubPage; this file also runs on its own:
// Usage: npm run build && npx vite preview --port 4173 & tsx bench/scrub.ts [url] [cpu-throttle]
import { chromium, type Page } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.ts';
import { layoutSettled } from './measure/layout-browser.ts';
import { PROBE_SCRIPT, waitForFirstGraph } from './measure/probe.ts';

export interface ScrubResult {
  /** Frame intervals measured (one per slider step). */
  frames: number;
  /** Steps asked for; `frames < steps` when the time budget ran out first. */
  steps: number;
  complete: boolean;
  /** Frame times (ms between consecutive animation frames while scrubbing). */
  p50: number;
  p95: number;
  max: number;
  /** Tasks over 50 ms while scrubbing, and their total duration (ms). */
  longTasks: number;
  longTaskMs: number;
}

/**
 * Steps the page's range input from its min to its max, one input event per animation frame, and
 * times the frames (rAF timestamps, so intervals are whole vsync periods when nothing is late).
 * Stops early, reporting what it measured, once `budgetMs` of wall time has passed.
 */
export async function scrubPage(page: Page, steps = 300, budgetMs = 60_000): Promise<ScrubResult> {
  return page.evaluate(
    async ({ count, budget }) => {
      const input = document.querySelector<HTMLInputElement>('input[type=range]');
      if (!input) throw new Error('no slider');
      const min = Number(input.min);
      const max = Number(input.max);
      let longTasks = 0;
      let longTaskMs = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          longTasks++;
          longTaskMs += entry.duration;
        }
      });
      observer.observe({ type: 'longtask' });
      const times: number[] = [];
      const started = performance.now();
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      let complete = true;
      for (let i = 0; i <= count; i++) {
        input.value = String(Math.round(min + ((max - min) * i) / count));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        times.push(now - last);
        last = now;
        if (i < count && performance.now() - started > budget) {
          complete = false;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, 0));
      for (const entry of observer.takeRecords()) {
        longTasks++;
        longTaskMs += entry.duration;
      }
      observer.disconnect();
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      const sorted = [...times].sort((a, b) => a - b);
      const n = sorted.length;
      return {
        frames: n,
        steps: count + 1,
        complete,
        p50: sorted[Math.floor(0.5 * n)] ?? 0,
        p95: sorted[Math.min(n - 1, Math.floor(0.95 * n))] ?? 0,
        max: sorted[n - 1] ?? 0,
        longTasks,
        longTaskMs,
      };
    },
    { count: steps, budget: budgetMs },
  );
}

/**
 * Opens `url` in a fresh Chromium, waits for the graph (SVG or canvas, probe.ts) and, in the app,
 * for its layout to finish, then scrubs at the given CPU throttling.
 */
export async function measureScrub(url: string, throttle = 1, steps = 300): Promise<ScrubResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await page.addInitScript({ content: PROBE_SCRIPT });
    await page.goto(url);
    await waitForFirstGraph(page, 60_000);
    await layoutSettled(page, 120_000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await scrubPage(page, steps);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
  const throttle = Number(process.argv[3] ?? 1);
  const result = await measureScrub(url, throttle);
  process.stdout.write(`${JSON.stringify({ url, throttle, ...result })}\n`);
}
