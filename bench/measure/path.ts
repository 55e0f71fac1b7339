// Path independence: where actors are drawn at sampled dates when the slider is dragged forward to
// them, against where they are drawn when each date is opened by URL (`?date=`). The app reads its
// `svg [data-actor-id]` transforms (so SVG stories only: a canvas has no element per actor); a peer page is let come to rest first (window.__bench.settle) and
// read through window.__bench.positions, since its layout is a live simulation.
import type { Page } from '@playwright/test';
import { frames, open, type Tab } from './browser.ts';
import { layoutSettled } from './layout-browser.ts';
import { type Drawn, pathError, type PathError } from './stability.ts';

/** How positions are read: the app's DOM, or a peer's hooks (after letting it settle). */
export type Reader = 'dom' | 'hooks';

const DAY = 86_400_000;

/** Drags forward from the slider's min to its max in `steps` frames, stopping on `samples` days. */
async function forward(page: Page, reader: Reader, samples: number, steps: number) {
  return page.evaluate(
    async ({ reader, samples, steps }) => {
      const input = document.querySelector<HTMLInputElement>('input[type=range]');
      if (!input) throw new Error('no slider');
      const min = Number(input.min);
      const max = Number(input.max);
      const days = Array.from({ length: samples }, (_, k) =>
        Math.round(min + ((max - min) * (k + 1)) / (samples + 1)),
      );
      const values = [
        ...new Set([
          ...Array.from({ length: steps + 1 }, (_, i) =>
            Math.round(min + ((max - min) * i) / steps),
          ),
          ...days,
        ]),
      ].sort((a, b) => a - b);
      const drawn: Record<string, [number, number]>[] = [];
      for (const value of values) {
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(r));
        if (!days.includes(value)) continue;
        const hooks = Reflect.get(window, '__bench') as
          { settle(): Promise<void>; positions(): Record<string, [number, number]> } | undefined;
        if (reader === 'hooks' && hooks) {
          await hooks.settle();
          drawn.push(hooks.positions());
          continue;
        }
        await new Promise((r) => requestAnimationFrame(r));
        const out: Record<string, [number, number]> = {};
        for (const node of document.querySelectorAll('svg [data-actor-id]')) {
          const m = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(
            node.getAttribute('transform') ?? '',
          );
          out[node.getAttribute('data-actor-id') ?? ''] = [Number(m?.[1]), Number(m?.[2])];
        }
        drawn.push(out);
      }
      return { days, drawn };
    },
    { reader, samples, steps },
  );
}

/** Positions as drawn now (after letting a peer settle). */
async function current(page: Page, reader: Reader): Promise<Drawn> {
  await frames(page, 2);
  return page.evaluate(async (reader) => {
    const hooks = Reflect.get(window, '__bench') as
      { settle(): Promise<void>; positions(): Record<string, [number, number]> } | undefined;
    if (reader === 'hooks' && hooks) {
      await hooks.settle();
      return hooks.positions();
    }
    const out: Record<string, [number, number]> = {};
    for (const node of document.querySelectorAll('svg [data-actor-id]')) {
      const m = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(node.getAttribute('transform') ?? '');
      out[node.getAttribute('data-actor-id') ?? ''] = [Number(m?.[1]), Number(m?.[2])];
    }
    return out;
  }, reader);
}

export interface PathResult extends PathError {
  /** The sampled dates (YYYY-MM-DD). */
  readonly dates: readonly string[];
}

/** Opens `url`, drags forward through `samples` dates, then opens each date by URL and compares. */
export async function measurePath(
  tab: Tab,
  url: string,
  reader: Reader,
  samples: number,
  steps = 120,
): Promise<PathResult> {
  await open(tab, url, 1);
  await layoutSettled(tab.page);
  await frames(tab.page, 2);
  const route = await forward(tab.page, reader, samples, steps);
  const dates = route.days.map((d) => new Date(d * DAY).toISOString().slice(0, 10));
  const byUrl: Drawn[] = [];
  for (const date of dates) {
    const target = new URL(url);
    target.searchParams.set('date', date);
    await open(tab, target.href, 1);
    await layoutSettled(tab.page);
    byUrl.push(await current(tab.page, reader));
  }
  return { dates, ...pathError(route.drawn, byUrl) };
}
