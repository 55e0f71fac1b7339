// Frames and timers, behind an interface so that tests drive playback and settling by hand
// (tests/component/harness.ts has the hand-driven one). Browser glue, not pure.

export interface Clock {
  now(): number;
  request(callback: (time: number) => void): number;
  cancel(handle: number): void;
  /** Calls `callback` once, `ms` from now. */
  later(callback: () => void, ms: number): number;
  cancelLater(handle: number): void;
}

/** The browser's own: performance.now, animation frames and timeouts. */
export const browserClock: Clock = {
  now: () => performance.now(),
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
  later: (cb, ms) => window.setTimeout(cb, ms),
  cancelLater: (h) => window.clearTimeout(h),
};
