// Shared setup for component tests: a ViewState over a fixture story with a hand-driven clock.
import { ViewState, type Clock } from '../../src/lib/view/view-state.svelte.ts';
import { dateStart } from '../../src/lib/schema/dates.ts';
import { layoutKeyframes } from '../../src/lib/layout/index.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import type { Language } from '../../src/lib/schema/story.ts';
import { loadFixture } from '../unit/fixtures.ts';

/** A clock whose frames run only when the test calls `frame(ms)`. */
export class ManualClock implements Clock {
  time = 0;
  #callbacks = new Map<number, (t: number) => void>();
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
  /** Advances time by `ms` and runs the frames that were waiting. */
  frame(ms: number): void {
    this.time += ms;
    const waiting = [...this.#callbacks.values()];
    this.#callbacks.clear();
    for (const callback of waiting) callback(this.time);
  }
}

export function tinyView(
  options: { date?: string; lang?: Language; actor?: string; reducedMotion?: boolean } = {},
) {
  const clock = new ManualClock();
  const story = loadFixture('tiny.json');
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
