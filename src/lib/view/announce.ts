// Pure: what the polite live region says when the date comes to rest.
import { localize, translate } from '../i18n/i18n.ts';
import type { Language } from '../schema/story.ts';
import type { TimedEvent } from '../timeline/timeline.ts';

/** Events named in an announcement; more are counted, as the event card folds them (5). */
export const NAMED_EVENTS = 5;

/**
 * The date and the titles of its events, joined by " — ": the first NAMED_EVENTS by title, the
 * rest as a count (a large story can have hundreds of events on one date; a screen reader should
 * not read them all at each step).
 */
export function announce(dateLabel: string, events: readonly TimedEvent[], lang: Language): string {
  const named = events.slice(0, NAMED_EVENTS).map((e) => localize(e.event.title, lang));
  const rest = events.length - named.length;
  return [
    dateLabel,
    ...named,
    ...(rest > 0 ? [translate(lang, 'announce.more', { count: rest })] : []),
  ].join(' — ');
}
