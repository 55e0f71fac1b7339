// Shared setup for component tests: a ViewState over a fixture story with a hand-driven clock.
import { ViewState, type Clock } from '../../src/lib/view/view-state.svelte.ts';
import { dateStart } from '../../src/lib/schema/dates.ts';
import { layoutKeyframes } from '../../src/lib/layout/index.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import type { Language, Story } from '../../src/lib/schema/story.ts';
import { loadFixture } from '../unit/fixtures.ts';

/** A clock whose frames and timers run only when the test calls `frame(ms)`. */
export class ManualClock implements Clock {
  time = 0;
  /** Timers set so far (later), whether or not they ran. */
  timersSet = 0;
  #callbacks = new Map<number, (t: number) => void>();
  #timers = new Map<number, { due: number; callback: () => void }>();
  #next = 1;
  now(): number {
    return this.time;
  }
  request(callback: (t: number) => void): number {
    this.#callbacks.set(this.#next, callback);
    return this.#next++;
  }
  cancel(handle: number): void {
    this.#callbacks.delete(handle);
  }
  later(callback: () => void, ms: number): number {
    this.timersSet++;
    this.#timers.set(this.#next, { due: this.time + ms, callback });
    return this.#next++;
  }
  cancelLater(handle: number): void {
    this.#timers.delete(handle);
  }
  /** Advances time by `ms`, runs the timers now due (earliest first), then the waiting frames. */
  frame(ms: number): void {
    this.timersOnly(ms);
    const waiting = [...this.#callbacks.values()];
    this.#callbacks.clear();
    for (const callback of waiting) callback(this.time);
  }
  /** Advances time by `ms` and runs the timers now due, earliest first; no frame (a hidden page). */
  timersOnly(ms: number): void {
    this.time += ms;
    const due = [...this.#timers].filter(([, t]) => t.due <= this.time);
    for (const [handle, timer] of due.sort(([, a], [, b]) => a.due - b.due)) {
      this.#timers.delete(handle);
      timer.callback();
    }
  }
}

export function tinyView(
  options: {
    date?: string;
    lang?: Language;
    actor?: string;
    reducedMotion?: boolean;
    /** Changes the fixture story before the view is made. */
    edit?: (story: Story) => Story;
  } = {},
) {
  const clock = new ManualClock();
  const story = (options.edit ?? ((s) => s))(loadFixture('tiny.json'));
  const view = new ViewState({
    story,
    layouts: layoutKeyframes(new Timeline(story)),
    lang: options.lang ?? 'en',
    ...(options.date === undefined ? {} : { at: dateStart(options.date) }),
    ...(options.actor === undefined ? {} : { actor: options.actor }),
    clock,
    reducedMotion: options.reducedMotion ?? false,
  });
  return { view, clock };
}
