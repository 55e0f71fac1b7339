// Pure: writing view state back into a URL query, keeping parameters this code does not own.
import { toStoryDate } from '../schema/dates.ts';
import type { Timeline } from '../timeline/timeline.ts';

/**
 * The date as it goes into `?date=`: an event's own date string when the instant is exactly an
 * event's (so "2015" stays "2015"), else the day. A binary search (the events on the keyframe at
 * or before `at`), not a scan: a long story has thousands of events.
 */
export function dateParam(timeline: Timeline, at: number): string {
  const event = timeline.eventsAt(at)[0];
  return event?.at === at ? event.event.date : toStoryDate(at, 'day');
}

/** `search` with each given parameter set, or removed when its value is undefined. */
export function withParams(search: string, values: Record<string, string | undefined>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
