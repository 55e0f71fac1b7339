// Where the reader's date has come to rest, and whether they are dragging it: a small runes class
// the view state moves on every change of date. No DOM; time comes from the injected Clock.
//
// A move that comes after a rest (a key, a click) is a step: it is the resting date at once. Moves
// closer together than SETTLE_MS (a drag, a held key, play) are not: the resting date follows once
// the moves have stopped for SETTLE_MS. One timer waits for that, re-armed for what is left when it
// finds the date moved meanwhile, so a drag sets a timer every SETTLE_MS, not one per frame.
import type { Clock } from './clock.ts';

/** How long the date must rest, in a drag or play, before the resting date follows it (ms). */
export const SETTLE_MS = 150;

export class Rest {
  /** The date the reader has come to rest on (ms UTC). */
  at = $state(0);
  /**
   * True while the reader moves the date in a continuous run (moves less than SETTLE_MS apart),
   * not during play; false once it rests.
   */
  dragging = $state(false);
  #clock: Clock;
  /** The latest date moved to: what the timer settles on. */
  #latest: number;
  #lastMove = -Infinity;
  #timer: number | undefined;

  constructor(clock: Clock, at: number) {
    this.#clock = clock;
    this.at = at;
    this.#latest = at;
  }

  /** The date moved to `to` (by playback when `fromPlayback`). */
  move(to: number, fromPlayback = false): void {
    this.#latest = to;
    const now = this.#clock.now();
    const resting = now - this.#lastMove >= SETTLE_MS;
    this.#lastMove = now;
    if (!resting) {
      this.dragging = !fromPlayback;
      this.#later(SETTLE_MS);
      return;
    }
    this.#cancel();
    this.at = to;
    this.dragging = false;
  }

  /** Drops a pending settle; call when the view goes away. */
  destroy(): void {
    this.#cancel();
  }

  #later(ms: number): void {
    if (this.#timer !== undefined) return;
    this.#timer = this.#clock.later(() => {
      this.#timer = undefined;
      const rested = this.#clock.now() - this.#lastMove;
      if (rested < SETTLE_MS) return this.#later(SETTLE_MS - rested);
      this.at = this.#latest;
      this.dragging = false;
    }, ms);
  }

  #cancel(): void {
    if (this.#timer !== undefined) this.#clock.cancelLater(this.#timer);
    this.#timer = undefined;
  }
}
