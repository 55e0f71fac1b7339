// The shape of bench/results.json, and lookups into it shared by the report and the budgets.
import type { LayoutResult } from './measure/layout.ts';
import type { Outcome } from './measure/browser.ts';
import type { AppName } from './plan.ts';
import type { StoryInfo } from './stories.ts';
import type { SubjectResult } from './subject.ts';

export interface BudgetResult {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  readonly pass: boolean;
}

export interface Results {
  readonly meta: {
    readonly startedAt: string;
    /** Wall time of the whole run, builds included (ms). */
    readonly totalMs: number;
    readonly quick: boolean;
    readonly node: string;
    readonly chromium: string;
    readonly cpus: number;
    readonly cpuModel: string;
    /** The machine's 1-minute load average when the run began and ended (other work skews timings). */
    readonly load: readonly [number, number];
    /** Where the app computes its keyframe layouts. */
    readonly layoutThread: string;
  };
  readonly stories: readonly StoryInfo[];
  /** Keyframe layout in Node, per story id. */
  readonly layout: Readonly<Record<string, Outcome<LayoutResult>>>;
  readonly subjects: readonly SubjectResult[];
  readonly budgets: readonly BudgetResult[];
}

/** The subject of an app over a story, if it was measured. */
export function subjectOf(
  subjects: readonly SubjectResult[],
  app: AppName,
  story: string,
): SubjectResult | undefined {
  return subjects.find((s) => s.app === app && s.story === story);
}

/** kB and MB are decimal (1,000 and 1,000,000 bytes), as Vite reports sizes. */
export const KB = 1000;
export const MB = 1_000_000;
