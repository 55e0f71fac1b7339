import { describe, expect, it } from 'vitest';
import { afterPaint } from '../../src/lib/view/after-paint.ts';
import { ManualClock } from './harness.ts';

describe('afterPaint', () => {
  it('runs once, in a task after the next frame', () => {
    const clock = new ManualClock();
    let runs = 0;
    afterPaint(clock, () => runs++);
    expect(runs).toBe(0);
    clock.frame(16); // the frame: it sets a timer, which runs after the paint
    expect(runs).toBe(0);
    clock.frame(1);
    expect(runs).toBe(1);
    clock.frame(200);
    expect(runs).toBe(1); // the cap was cancelled
  });

  it('runs after the cap where no frame comes (a hidden page)', () => {
    const clock = new ManualClock();
    let runs = 0;
    afterPaint(clock, () => runs++, 100);
    // Timers run, frames never do: advance time without frames by running only the due timers.
    clock.timersOnly(99);
    expect(runs).toBe(0);
    clock.timersOnly(1);
    expect(runs).toBe(1);
    clock.frame(16);
    clock.frame(16);
    expect(runs).toBe(1);
  });

  it('never runs once cancelled', () => {
    const clock = new ManualClock();
    let runs = 0;
    const cancel = afterPaint(clock, () => runs++);
    clock.frame(16);
    cancel();
    clock.frame(200);
    expect(runs).toBe(0);
  });
});
