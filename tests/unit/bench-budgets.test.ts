import { describe, expect, it } from 'vitest';
import { heapGrowth, pathIndependence, workerLayout } from '../../bench/budgets.ts';
import type { Outcome } from '../../bench/measure/browser.ts';
import { type BrowserLayout, seenLayout } from '../../bench/measure/layout-browser.ts';
import type { MemoryResult } from '../../bench/measure/memory.ts';
import type { PathResult } from '../../bench/measure/path.ts';
import { type Drawn, pathError } from '../../bench/measure/stability.ts';
import type { SubjectResult } from '../../bench/subject.ts';

const MB = 1_000_000;
const notMeasured = { ok: false, error: 'error', message: 'not reached' } as const;
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** A subject of the app over `story` that measured nothing but what `more` gives. */
function subject(more: Partial<SubjectResult> = {}): SubjectResult {
  return {
    app: 'tielines',
    story: 'gen-200',
    url: 'http://127.0.0.1/',
    limitMs: 30_000,
    elapsedMs: 1_000,
    start: { 1: notMeasured, 4: notMeasured },
    drawnBy: 'svg',
    requests: [],
    workers: [],
    scrub: {},
    ...more,
  };
}

/** Two dates sampled; positions after each route, one record per date. */
const DATES = ['2010-01-01', '2015-01-01'];
const pathOf = (forward: Drawn[], byUrl: Drawn[], dates = DATES): Outcome<PathResult> =>
  ok({ dates, ...pathError(forward, byUrl) });

describe('path independence', () => {
  const two: Drawn = { a: [10, 20], b: [30, 40] };

  it('passes at 0 px with every actor drawn after both routes at every date', () => {
    const result = pathIndependence([subject({ path: pathOf([two, two], [two, two]) })]);
    expect(result.pass).toBe(true);
    expect(result.measured).toContain('4 compared');
  });

  it('misses when no actor was found after either route: 0 px over nothing proves nothing', () => {
    const result = pathIndependence([subject({ path: pathOf([{}, {}], [{}, {}]) })]);
    expect(result.pass).toBe(false);
    expect(result.measured).toContain('0 compared');
  });

  it('misses when one sampled date compared no actor, even if the others did', () => {
    const result = pathIndependence([subject({ path: pathOf([two, {}], [two, {}]) })]);
    expect(result.pass).toBe(false);
    expect(result.measured).toContain('fewest 0');
  });

  it('misses when fewer dates were compared than sampled', () => {
    const result = pathIndependence([subject({ path: pathOf([two], [two]) })]);
    expect(result.pass).toBe(false);
  });

  it('misses when an actor is 1 px off, or drawn after one route only', () => {
    const off: Drawn = { a: [10, 21], b: [30, 40] };
    expect(pathIndependence([subject({ path: pathOf([two, two], [two, off]) })]).pass).toBe(false);
    const one: Drawn = { a: [10, 20] };
    expect(pathIndependence([subject({ path: pathOf([two, two], [two, one]) })]).pass).toBe(false);
  });

  it('misses when a position could not be read (NaN is not 0 px)', () => {
    const unread: Drawn = { a: [NaN, NaN], b: [30, 40] };
    const result = pathIndependence([subject({ path: pathOf([two, unread], [two, unread]) })]);
    expect(result.pass).toBe(false);
  });

  it('misses when no app subject measured it (a peer’s figures do not count)', () => {
    expect(pathIndependence([]).pass).toBe(false);
    const peer = subject({ app: 'd3', path: pathOf([two, two], [two, two]) });
    expect(pathIndependence([peer]).measured).toBe('not measured');
  });

  it('misses when any app subject failed to measure it', () => {
    const good = subject({ path: pathOf([two, two], [two, two]) });
    const failed = subject({
      story: 'flagship',
      path: { ok: false, error: 'timeout', message: 'x' },
    });
    expect(pathIndependence([good, failed]).pass).toBe(false);
  });
});

describe('heap growth', () => {
  const memory = (more: Partial<MemoryResult>): Outcome<MemoryResult> =>
    ok({
      steps: 10_000,
      taken: 10_000,
      followed: 10_000,
      before: 10 * MB,
      middle: 11 * MB,
      after: 11 * MB,
      growth: 1 * MB,
      secondHalfGrowth: 0,
      stepsMs: 5_000,
      ...more,
    });

  it('passes under 5 MB over 10,000 steps taken and followed by the shown date', () => {
    const result = heapGrowth(memory({}));
    expect(result.pass).toBe(true);
    expect(result.measured).toBe(
      '1.00 MB; 10,000 of 10,000 steps taken, 10,000 followed by the shown date',
    );
  });

  it('misses when fewer than 10,000 steps were taken, however many were asked for', () => {
    expect(heapGrowth(memory({ taken: 9_999 })).pass).toBe(false);
    expect(heapGrowth(memory({ steps: 20_000, taken: 0, followed: 0 })).pass).toBe(false);
  });

  it('misses when the page’s date did not follow every step, or shows none', () => {
    expect(heapGrowth(memory({ followed: 9_999 })).pass).toBe(false);
    expect(heapGrowth(memory({ followed: null })).pass).toBe(false);
  });

  it('misses at 5 MB or more, and when not measured', () => {
    expect(heapGrowth(memory({ growth: 5 * MB })).pass).toBe(false);
    expect(heapGrowth(undefined).pass).toBe(false);
    expect(heapGrowth(notMeasured).pass).toBe(false);
  });
});

describe('keyframe layout of 2,000 actors, seen from outside', () => {
  const WORKER = 'http://127.0.0.1:5000/assets/layout.worker-Bx3kq1.js';
  const appSays = { layoutMs: 100, firstLayoutMs: 50, thread: 'worker' };
  /**
   * The probe saw the view laying out at 1 s, the graph at 1.5 s, the progress bar at 1.1 s, and
   * the page receive 3 messages from its workers.
   */
  const probed = (doneAt: number | null, runningAt: number | null = 1_000, workerMessages = 3) => ({
    firstGraph: 1_500,
    layoutRunningAt: runningAt,
    layoutDoneAt: doneAt,
    progressAt: 1_100,
    workerMessages,
  });
  const budgetOf = (layout: BrowserLayout) =>
    workerLayout(subject({ story: 'gen-2000', layout: ok(layout) }));

  it('times the layout from running to done as the probe saw them, whatever the app’s mark', () => {
    const layout = seenLayout(probed(3_500), [WORKER], appSays);
    expect(layout.layoutMs).toBe(2_500);
    expect(layout.thread).toBe('worker');
    expect(layout.drawnBeforeDone).toBe(true);
    expect(budgetOf(layout).pass).toBe(true);
  });

  it('misses over 3 s from outside, though the app’s own mark says 100 ms', () => {
    expect(budgetOf(seenLayout(probed(4_001), [WORKER], appSays)).pass).toBe(false);
  });

  it('misses when no layout worker was started, though the app names the worker', () => {
    const none = seenLayout(probed(3_500), [], appSays);
    expect(none.thread).toBe('no worker');
    expect(budgetOf(none).pass).toBe(false);
    const other = seenLayout(probed(3_500), ['http://127.0.0.1:5000/assets/other.js'], appSays);
    expect(other.thread).toBe('no worker');
  });

  it('misses when the layout worker started but sent nothing before the layout was done', () => {
    // The app starts its worker ahead of need: started, it may still have laid out nothing.
    const idle = seenLayout(probed(3_500, 1_000, 0), [WORKER], appSays);
    expect(idle.thread).toBe('idle worker');
    expect(budgetOf(idle).pass).toBe(false);
  });

  it('misses when the view was never seen laying out (no time from outside)', () => {
    const layout = seenLayout(probed(3_500, null), [WORKER], appSays);
    expect(layout.layoutMs).toBeNull();
    expect(budgetOf(layout).pass).toBe(false);
  });

  it('misses when the graph was first drawn only after the layout was done', () => {
    const layout = seenLayout(probed(1_400), [WORKER], appSays);
    expect(layout.drawnBeforeDone).toBe(false);
    expect(budgetOf(layout).pass).toBe(false);
  });

  it('refuses figures from a probe that never saw the layout done', () => {
    expect(() => seenLayout(probed(null), [WORKER], appSays)).toThrow(/done/);
  });
});
