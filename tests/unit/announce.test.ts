import { describe, expect, it } from 'vitest';
import type { TimedEvent } from '../../src/lib/timeline/timeline.ts';
import { announce, NAMED_EVENTS } from '../../src/lib/view/announce.ts';
import { timelineOf } from '../../src/lib/timeline/timeline.ts';
import { loadFixture } from './fixtures.ts';

const [first] = timelineOf(loadFixture('tiny.json')).events;
if (!first) throw new Error('tiny.json has no event');
/** `n` events titled E1…En (Arabic ع1…). */
const events = (n: number): TimedEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    ...first,
    event: { ...first.event, id: `e${i + 1}`, title: { en: `E${i + 1}`, ar: `ع${i + 1}` } },
  }));

describe('announce', () => {
  it.each([
    [0, 'en', 'March 2011'],
    [1, 'en', 'March 2011 — E1'],
    [NAMED_EVENTS, 'en', 'March 2011 — E1 — E2 — E3 — E4 — E5'],
    [NAMED_EVENTS + 1, 'en', 'March 2011 — E1 — E2 — E3 — E4 — E5 — and 1 more'],
    [1028, 'en', 'March 2011 — E1 — E2 — E3 — E4 — E5 — and 1023 more'],
    [7, 'ar', 'March 2011 — ع1 — ع2 — ع3 — ع4 — ع5 — وأحداث أخرى (2)'],
  ] as const)('%i events (%s): "%s"', (n, lang, expected) => {
    expect(announce('March 2011', events(n), lang)).toBe(expected);
  });
});
