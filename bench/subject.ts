// Measures one subject (a page over a story) in the order that tells the most when time runs out:
// the first load at 1× (Start and Weight) and, on that same page, the app's keyframe layout to its
// end, then a scrub at 1× and at 4× (the plan's scrubRates); then the loads at 4× and any further
// loads; then path independence and memory on fresh pages. Everything shares the subject's time
// limit; what does not fit is recorded as a timeout.
import { type Chromium, limited, newTab, open, type Outcome, throttle } from './measure/browser.ts';
import {
  type BrowserLayout,
  layoutSettled,
  recordWorkers,
  waitForLayout,
} from './measure/layout-browser.ts';
import { measureMemory, type MemoryResult } from './measure/memory.ts';
import { measurePath, type PathResult } from './measure/path.ts';
import type { DrawnBy } from './measure/probe.ts';
import type { Weight } from './measure/weight.ts';
import type { AppName, SubjectPlan, Throttle } from './plan.ts';
import { scrubPage, type ScrubResult } from './scrub.ts';

export interface StartResult {
  /** Median of the runs (ms, navigation start → first drawn graph). */
  readonly median: number;
  readonly runs: readonly number[];
  /** Median and runs of navigation start → the graph and the time slider both in the page (ms). */
  readonly wholeMedian: number | null;
  /** null: that load showed no slider within 10 s of its graph. */
  readonly wholeRuns: readonly (number | null)[];
}

export interface SubjectResult {
  readonly app: AppName;
  readonly story: string;
  readonly url: string;
  readonly limitMs: number;
  readonly elapsedMs: number;
  readonly start: Readonly<Record<Throttle, Outcome<StartResult>>>;
  /** How the first load's graph was recognised as drawn (probe.ts); null: it was not. */
  readonly drawnBy: DrawnBy | null;
  /** Every URL the first load received a response for (the first view). */
  readonly requests: readonly string[];
  /** Script URLs of the workers the first load started (weighed with the first view). */
  readonly workers: readonly string[];
  /** What those files weigh (added after the browser work: compressing is slow for big stories). */
  readonly weight?: Weight;
  /** The app's keyframe layout on the first page (absent for the peers). */
  readonly layout?: Outcome<BrowserLayout>;
  /** Per CPU throttling in the plan's scrubRates; a rate not scrubbed is absent. */
  readonly scrub: Readonly<Partial<Record<Throttle, Outcome<ScrubResult>>>>;
  readonly path?: Outcome<PathResult>;
  readonly memory?: Outcome<MemoryResult>;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

/** An outcome that could not be measured because an earlier step failed. */
const after = <T>(cause: Outcome<unknown>): Outcome<T> =>
  cause.ok
    ? { ok: false, error: 'error', message: 'not reached' }
    : { ok: false, error: cause.error, message: `${cause.message} (page did not load)` };

export async function runSubject(
  chrome: Chromium,
  plan: SubjectPlan,
  url: string,
  log: (line: string) => void,
): Promise<SubjectResult> {
  const began = Date.now();
  const deadline = began + plan.limitMs;
  const left = () => deadline - Date.now();
  const limit = <T>(work: () => Promise<T>) =>
    limited(chrome, left(), work, `subject limit of ${plan.limitMs / 1000} s reached`);
  const starts: Record<Throttle, number[]> = { 1: [], 4: [] };
  const wholes: Record<Throttle, (number | null)[]> = { 1: [], 4: [] };
  const failed: Partial<Record<Throttle, Outcome<unknown>>> = {};
  let requests: readonly string[] = [];
  let workers: readonly string[] = [];
  let drawnBy: DrawnBy | null = null;

  // The first load at 1×, the app's layout to its end, then the scrubs on that page.
  const tab = await newTab(chrome);
  // The layout's thread as seen from outside: the workers the page starts, from its navigation on.
  const started = recordWorkers(tab.page);
  const first = await limit(() => open(tab, url, 1));
  const scrub: Partial<Record<Throttle, Outcome<ScrubResult>>> = {};
  let layout: Outcome<BrowserLayout> | undefined;
  if (first.ok) {
    starts[1].push(first.value.firstGraph);
    wholes[1].push(first.value.wholeView);
    ({ responses: requests, workers, drawnBy } = first.value);
    log(
      `start 1× ${first.value.firstGraph.toFixed(0)} ms (${drawnBy ?? 'not drawn'}), ${whole(first.value.wholeView)}`,
    );
    if (plan.app === 'tielines') {
      layout = await limit(() => waitForLayout(tab.page, started.urls));
      log(`layout ${layout.ok ? describeLayout(layout.value) : layout.message}`);
    }
    let previous: Outcome<unknown> | undefined = layout;
    for (const rate of plan.scrubRates) {
      // A failure closed the browser (limited): nothing more can be measured on this page.
      if (previous && !previous.ok) {
        scrub[rate] =
          previous === layout ? { ...previous, message: `layout: ${previous.message}` } : previous;
        continue;
      }
      // Stop the scrub itself a little before the subject's limit, to report what it measured.
      const budget = Math.min(plan.scrubCapMs, left() - 3000);
      scrub[rate] =
        budget < 1000
          ? {
              ok: false,
              error: 'timeout',
              message: `subject limit of ${plan.limitMs / 1000} s reached`,
            }
          : await limit(async () => {
              await throttle(tab.cdp, rate);
              return scrubPage(tab.page, plan.scrubSteps, budget);
            });
      const s = scrub[rate];
      previous = s;
      log(`scrub ${rate}× ${s?.ok ? `p95 ${s.value.p95.toFixed(1)} ms` : s?.message}`);
    }
  } else {
    failed[1] = first;
    for (const rate of plan.scrubRates) scrub[rate] = after(first);
    if (plan.app === 'tielines') layout = after(first);
    log(`start 1× ${first.message}`);
  }
  started.stop();
  await tab.close();

  // Loads at 4× (and further loads at each rate), each in a fresh context.
  for (const rate of [4, 1] as const) {
    while (starts[rate].length < plan.startRuns && !failed[rate]) {
      const t = await newTab(chrome);
      const run = await limit(() => open(t, url, rate));
      await t.close();
      if (run.ok) {
        starts[rate].push(run.value.firstGraph);
        wholes[rate].push(run.value.wholeView);
      } else failed[rate] = run;
      log(
        `start ${rate}× ${run.ok ? `${run.value.firstGraph.toFixed(0)} ms, ${whole(run.value.wholeView)}` : run.message}`,
      );
    }
  }
  const start = (rate: Throttle): Outcome<StartResult> => {
    const cause = failed[rate];
    if (cause && !cause.ok && starts[rate].length === 0) return cause;
    return {
      ok: true,
      value: {
        median: median(starts[rate]),
        runs: starts[rate],
        wholeMedian: wholes[rate].includes(null)
          ? null
          : median(wholes[rate].filter((w): w is number => w !== null)),
        wholeRuns: wholes[rate],
      },
    };
  };

  let path: Outcome<PathResult> | undefined;
  if (plan.pathSamples > 0) {
    const t = await newTab(chrome);
    const reader = plan.app === 'tielines' ? 'dom' : 'hooks';
    path = await limit(() => measurePath(t, url, reader, plan.pathSamples, plan.pathSteps));
    await t.close();
    log(`path ${path.ok ? `max ${path.value.maxPx.toFixed(2)} px` : path.message}`);
  }

  let memory: Outcome<MemoryResult> | undefined;
  if (plan.memorySteps > 0) {
    const t = await newTab(chrome);
    memory = await limit(async () => {
      await open(t, url, 1);
      await layoutSettled(t.page);
      return measureMemory(t.page, t.cdp, plan.memorySteps);
    });
    await t.close();
    log(
      `memory ${memory.ok ? `+${(memory.value.growth / 1048576).toFixed(2)} MB` : memory.message}`,
    );
  }

  return {
    app: plan.app,
    story: plan.story,
    url,
    limitMs: plan.limitMs,
    elapsedMs: Date.now() - began,
    start: { 1: start(1), 4: start(4) },
    drawnBy,
    requests,
    workers,
    ...(layout ? { layout } : {}),
    scrub,
    ...(path ? { path } : {}),
    ...(memory ? { memory } : {}),
  };
}

/** One line for the progress log: ours, then the app's own word. */
function describeLayout(l: BrowserLayout): string {
  const progress = l.progressAt === null ? 'no progress bar seen' : 'progress bar';
  const meanwhile = l.drawnBeforeDone ? 'drawn before done' : 'not drawn before done';
  const seen = l.layoutMs === null ? 'never seen running' : `${l.layoutMs.toFixed(0)} ms seen`;
  const mark = (ms: number | null) => (ms === null ? 'none' : `${ms.toFixed(0)} ms`);
  return `${seen}, ${l.thread} (${l.workerMessages} messages), ${progress}, ${meanwhile}; the app's marks ${mark(l.app.layoutMs)} (first keyframes ${mark(l.app.firstLayoutMs)}), ${l.app.thread ?? 'no thread named'}`;
}

/** A load's whole first view for the log: "whole 763 ms", or that no slider came. */
function whole(ms: number | null): string {
  return ms === null ? 'no slider within 10 s' : `whole ${ms.toFixed(0)} ms`;
}
