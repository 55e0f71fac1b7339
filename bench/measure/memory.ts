// Memory: the JS heap (CDP Performance.getMetrics, JSHeapUsedSize) after a forced garbage
// collection (HeapProfiler.collectGarbage), before, halfway through and after many slider steps.
// Steps go back and forth across the whole domain; each lets the page's own microtasks run (Svelte
// flushes there), and every 50th waits for a frame so that drawing happens too.
import type { CDPSession, Page } from '@playwright/test';

export interface MemoryResult {
  readonly steps: number;
  /** Heap used after GC (bytes). */
  readonly before: number;
  readonly middle: number;
  readonly after: number;
  /** after − before, and after − middle (the second half: growth that keeps going is a leak). */
  readonly growth: number;
  readonly secondHalfGrowth: number;
  /** Wall time of the steps (ms). */
  readonly stepsMs: number;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

function sweep(page: Page, from: number, count: number): Promise<number> {
  return page.evaluate(
    async ({ from, count }) => {
      const input = document.querySelector<HTMLInputElement>('input[type=range]');
      if (!input) throw new Error('no slider');
      const min = Number(input.min);
      const max = Number(input.max);
      const started = performance.now();
      for (let i = from; i < from + count; i++) {
        // A triangle wave: 500 steps up the whole domain, 500 steps down.
        const phase = (i % 1000) / 500;
        const f = phase <= 1 ? phase : 2 - phase;
        input.value = String(Math.round(min + (max - min) * f));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        if (i % 50 === 49) await new Promise((r) => requestAnimationFrame(r));
        else await Promise.resolve();
      }
      return performance.now() - started;
    },
    { from, count },
  );
}

/** Heap growth over `steps` slider steps on a page that already shows its graph. */
export async function measureMemory(
  page: Page,
  cdp: CDPSession,
  steps = 10_000,
): Promise<MemoryResult> {
  await cdp.send('Performance.enable');
  const half = Math.floor(steps / 2);
  const before = await heapAfterGc(cdp);
  let stepsMs = await sweep(page, 0, half);
  const middle = await heapAfterGc(cdp);
  stepsMs += await sweep(page, half, steps - half);
  const after = await heapAfterGc(cdp);
  return {
    steps,
    before,
    middle,
    after,
    growth: after - before,
    secondHalfGrowth: after - middle,
    stepsMs,
  };
}
