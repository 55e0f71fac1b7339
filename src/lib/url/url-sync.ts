// Pure: writing view state back into a URL query, keeping parameters this code does not own.
import { toStoryDate } from '../schema/dates.ts';
import type { Timeline } from '../timeline/timeline.ts';

/**
 * The date as it goes into `?date=`: an event's own date string when the instant is exactly an
 * event's (so "2015" stays "2015"), else the day.
 */
export function dateParam(timeline: Timeline, at: number): string {
  const event = timeline.events.find((e) => e.at === at);
  return event ? event.event.date : toStoryDate(at, 'day');
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
