// Memory: the JS heap (CDP Performance.getMetrics, JSHeapUsedSize) after a forced garbage
// collection (HeapProfiler.collectGarbage), before, halfway through and after many slider steps.
// Steps go back and forth across the whole domain; each lets the page's own microtasks run (Svelte
// flushes there), and every 50th waits for a frame so that drawing happens too. The steps are
// counted in the page as they are taken, not as they were asked for: the input events that reached
// the slider with a new value (a listener of the benchmark's own), and the steps after which the
// date the page shows (the app's header, `.now`) changed.
import type { CDPSession, Page } from '@playwright/test';

export interface MemoryResult {
  /** Steps asked for. */
  readonly steps: number;
  /** Input events that reached the slider with a value other than the one before. */
  readonly taken: number;
  /** Steps after which the page's shown date (`.now`) changed; null: the page shows none (a peer). */
  readonly followed: number | null;
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

interface Swept {
  readonly ms: number;
  readonly taken: number;
  readonly followed: number | null;
}

/** `count` steps of the triangle wave from step `from`; the wave starts one step off the minimum. */
function sweep(page: Page, from: number, count: number): Promise<Swept> {
  return page.evaluate(
    async ({ from, count }) => {
      const input = document.querySelector<HTMLInputElement>('input[type=range]');
      if (!input) throw new Error('no slider');
      const min = Number(input.min);
      const max = Number(input.max);
      // Counted as they reach the slider, whatever the loop below meant to do. (No named inner
      // functions: tsx would wrap them in a __name() the page does not have.)
      let taken = 0;
      let last = input.value;
      const listening = new AbortController();
      window.addEventListener(
        'input',
        (event) => {
          if (event.target !== input || input.value === last) return;
          last = input.value;
          taken++;
        },
        { capture: true, signal: listening.signal },
      );
      let before = document.querySelector('.now')?.textContent ?? null;
      let followed = before === null ? null : 0;
      const started = performance.now();
      for (let i = from; i < from + count; i++) {
        // A triangle wave: 500 steps up the whole domain, 500 steps down.
        const phase = ((i + 1) % 1000) / 500;
        const f = phase <= 1 ? phase : 2 - phase;
        input.value = String(Math.round(min + (max - min) * f));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        if (i % 50 === 49) await new Promise((r) => requestAnimationFrame(r));
        else await Promise.resolve();
        const now = document.querySelector('.now')?.textContent ?? null;
        if (followed !== null && now !== before) followed++;
        before = now;
      }
      const ms = performance.now() - started;
      listening.abort();
      return { ms, taken, followed };
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
  const first = await sweep(page, 0, half);
  const middle = await heapAfterGc(cdp);
  const second = await sweep(page, half, steps - half);
  const after = await heapAfterGc(cdp);
  const followed = [first.followed, second.followed];
  return {
    steps,
    taken: first.taken + second.taken,
    followed: followed.includes(null) ? null : (first.followed ?? 0) + (second.followed ?? 0),
    before,
    middle,
    after,
    growth: after - before,
    secondHalfGrowth: after - middle,
    stepsMs: first.ms + second.ms,
  };
}
