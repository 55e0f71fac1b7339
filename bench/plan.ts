// What the benchmark measures, and how long each subject may take. A subject is one page (the app
// or a peer) over one story; each has a time limit for all its measurements together, past which
// the rest of them are recorded as timeouts.
import type { StoryInfo } from './stories.ts';

export type AppName = 'tielines' | 'vis-network' | 'd3';
export const APPS: readonly AppName[] = ['tielines', 'vis-network', 'd3'];
export const PEERS: readonly AppName[] = ['vis-network', 'd3'];
export const THROTTLES = [1, 4] as const;
export type Throttle = (typeof THROTTLES)[number];

export interface SubjectPlan {
  readonly app: AppName;
  /** StoryInfo.id. */
  readonly story: string;
  /** For all of this subject's measurements together (ms). */
  readonly limitMs: number;
  /** Page loads timed per CPU throttling; the median is reported. */
  readonly startRuns: number;
  /** Slider steps (one per frame) per scrub; and the most wall time one scrub may take (ms). */
  readonly scrubSteps: number;
  readonly scrubCapMs: number;
  /** CPU throttlings to scrub at, in order, on the first page; default 1× then 4×. */
  readonly scrubRates: readonly Throttle[];
  /** Dates sampled for path independence (0: not measured), and the frames of the drag forward. */
  readonly pathSamples: number;
  readonly pathSteps: number;
  /** Slider steps between the heap readings; 0: not measured. */
  readonly memorySteps: number;
}

export interface Plan {
  readonly quick: boolean;
  /** Actor counts of the generated stories. */
  readonly sizes: readonly number[];
  /** Per story, for the Node layout (ms). */
  readonly layoutLimitMs: number;
  readonly subjects: readonly SubjectPlan[];
}

/** The full run (about 5 minutes on 2 cores) or `--quick` (about two minutes). */
export function makePlan(quick: boolean): Plan {
  const steps = quick ? 120 : 240;
  const s = (
    app: AppName,
    story: string,
    limitS: number,
    more: Partial<SubjectPlan> = {},
  ): SubjectPlan => ({
    app,
    story,
    limitMs: limitS * 1000,
    startRuns: 1,
    scrubSteps: steps,
    scrubCapMs: 6_000,
    scrubRates: THROTTLES,
    pathSamples: 0,
    pathSteps: story === 'flagship' ? 60 : 30,
    memorySteps: 0,
    ...more,
  });
  // Big stories: their layout takes seconds before the scrubs (which wait for it) can start. 5,000
  // actors scrub at 1× only, for up to 240 frames at 30 fps; 4× is skipped to keep the run short.
  const big = { scrubRates: [1] as const, scrubCapMs: 10_000 };
  if (quick) {
    const flagship = { startRuns: 1, memorySteps: 2_000 };
    return {
      quick,
      sizes: [200, 2000],
      layoutLimitMs: 12_000,
      subjects: [
        s('tielines', 'flagship', 40, { ...flagship, pathSamples: 3 }),
        s('vis-network', 'flagship', 30, flagship),
        s('d3', 'flagship', 30, flagship),
        s('tielines', 'gen-200', 30, { pathSamples: 2 }),
        s('tielines', 'gen-2000', 35, { scrubRates: [1] }),
      ],
    };
  }
  // The budgets are about the flagship: let its scrubs run to the end even when slow, and take the
  // median of five loads, not three: on this 2-core machine one load at 4× varies by ±150 ms.
  const flagship = { startRuns: 5, memorySteps: 10_000, pathSamples: 4, scrubCapMs: 12_000 };
  return {
    quick,
    sizes: [200, 1000, 2000, 5000],
    // The 5,000-actor layout takes 10–20 s on 2 cores; past this it is recorded as a timeout.
    layoutLimitMs: 20_000,
    subjects: [
      s('tielines', 'flagship', 60, { ...flagship, pathSamples: 6 }),
      s('vis-network', 'flagship', 45, flagship),
      s('d3', 'flagship', 45, flagship),
      s('tielines', 'gen-200', 40, { pathSamples: 4 }),
      s('tielines', 'gen-1000', 45),
      s('vis-network', 'gen-1000', 35),
      s('d3', 'gen-1000', 35),
      s('tielines', 'gen-2000', 40),
      s('tielines', 'gen-5000', 50, big),
    ],
  };
}

/** The page of a subject on the benchmark server. The app's flagship is its default: no ?data=. */
export function subjectUrl(origin: string, app: AppName, story: StoryInfo): string {
  if (app === 'tielines')
    return story.id === 'flagship' ? `${origin}/` : `${origin}/?data=${story.path}`;
  return `${origin}/peers/${app === 'd3' ? 'd3' : 'vis'}.html?data=${story.path}`;
}
