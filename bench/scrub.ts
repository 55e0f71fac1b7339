// Scrub benchmark: drives the slider across the story's whole domain, one step per animation
// frame, in Chromium against the built app, and reports frame times and long tasks.
// Usage: npm run build && npx vite preview --port 4173 & tsx bench/scrub.ts [url] [cpu-throttle]
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.ts';

export interface ScrubResult {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  longTasks: number;
}

export async function measureScrub(url: string, throttle = 1, steps = 300): Promise<ScrubResult> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    await page.locator('[data-actor-id]').first().waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await page.evaluate(async (count) => {
      const input = document.querySelector<HTMLInputElement>('input[type=range]');
      if (!input) throw new Error('no slider');
      const min = Number(input.min);
      const max = Number(input.max);
      let longTasks = 0;
      new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({
        type: 'longtask',
      });
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i <= count; i++) {
        input.value = String(Math.round(min + ((max - min) * i) / count));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      times.shift();
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      const sorted = [...times].sort((a, b) => a - b);
      const n = sorted.length;
      return {
        frames: n,
        p50: sorted[Math.floor(0.5 * n)] ?? 0,
        p95: sorted[Math.min(n - 1, Math.floor(0.95 * n))] ?? 0,
        max: sorted[n - 1] ?? 0,
        longTasks,
      };
    }, steps);
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
