// Pure: the slider's arithmetic. Instants are ms since the epoch (UTC); the slider works in whole
// days so that its value is an integer a native <input type="range"> can hold.
import { utcDate } from '../schema/dates.ts';

export const DAY = 86_400_000;

export const toDay = (instant: number): number => Math.round(instant / DAY);
export const fromDay = (day: number): number => day * DAY;

/** The keyframe strictly after `at`, or undefined at/after the last. `keyframes` ascending. */
export function nextKeyframe(keyframes: readonly number[], at: number): number | undefined {
  return keyframes.find((k) => k > at);
}

/** The keyframe strictly before `at`, or undefined at/before the first. */
export function previousKeyframe(keyframes: readonly number[], at: number): number | undefined {
  return keyframes.findLast((k) => k < at);
}

/** `at` moved by whole years (UTC), clamped to [min, max]. */
export function addYears(at: number, years: number, [min, max]: readonly [number, number]): number {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return clamp(d.getTime(), min, max);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** January 1st of every year whose start lies in [min, max] (UTC), for the slider's year ticks. */
export function yearTicks([min, max]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let y = new Date(min).getUTCFullYear(); ; y++) {
    const t = utcDate(y, 1, 1);
    if (t > max) break;
    if (t >= min) ticks.push(t);
  }
  return ticks;
}

/** Where an instant sits on the domain, 0 to 1. */
export function fraction(at: number, [min, max]: readonly [number, number]): number {
  return max === min ? 0 : clamp((at - min) / (max - min), 0, 1);
}
