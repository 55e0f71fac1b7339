// Keyframe layout as the app does it in the browser: on a page that has drawn its first graph, waits
// for `.graph[data-layout="done"]` and reads the app's User Timing measures (tielines:first-layout,
// tielines:layout: ms from when the layout started), the thread it ran on (data-layout-thread),
// and what the probe (probe.ts) saw meanwhile: the progress bar, and the graph drawn before the end.
import type { Page } from '@playwright/test';
import { readProbe } from './probe.ts';

export interface BrowserLayout {
  /** Layout start → every keyframe laid out (ms; the `tielines:layout` measure). */
  readonly layoutMs: number;
  /** Layout start → the first batch of keyframes arrived (ms; `tielines:first-layout`). */
  readonly firstLayoutMs: number;
  /** Navigation start → the layout started, and → it finished (ms; the measure's start and end). */
  readonly startedAt: number;
  readonly finishedAt: number;
  /** `data-layout-thread`: "worker", "main" or "build" (anything else as the page wrote it). */
  readonly thread: string;
  /** Navigation start → the progress bar first seen while laying out (ms); null: never seen. */
  readonly progressAt: number | null;
  /** Navigation start → first drawn graph (ms). */
  readonly firstGraphAt: number;
  /** The graph was drawn before the layout finished: usable meanwhile. */
  readonly drawnBeforeDone: boolean;
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
 * keyframe, then reads the figures. Throws when the page ends its layout without the measures.
 */
export async function waitForLayout(page: Page): Promise<BrowserLayout> {
  await page.waitForFunction(
    () => document.querySelector('.graph[data-layout="done"]') !== null,
    undefined,
    { timeout: 0, polling: 50 },
  );
  const read = await page.evaluate(() => {
    const first = performance.getEntriesByName('tielines:first-layout', 'measure')[0];
    const all = performance.getEntriesByName('tielines:layout', 'measure')[0];
    return {
      first: first ? { start: first.startTime, duration: first.duration } : null,
      all: all ? { start: all.startTime, duration: all.duration } : null,
      thread: document.querySelector('.graph')?.getAttribute('data-layout-thread') ?? null,
    };
  });
  if (!read.all || !read.first)
    throw new Error(
      'layout done but no tielines:layout / tielines:first-layout measure (see StoryView.svelte)',
    );
  const probed = await readProbe(page);
  if (probed.firstGraph === null) throw new Error('layout done but no graph drawn');
  const finishedAt = read.all.start + read.all.duration;
  return {
    layoutMs: read.all.duration,
    firstLayoutMs: read.first.duration,
    startedAt: read.all.start,
    finishedAt,
    thread: read.thread ?? 'not shown',
    progressAt: probed.progressAt,
    firstGraphAt: probed.firstGraph,
    drawnBeforeDone: probed.firstGraph < finishedAt,
  };
}
