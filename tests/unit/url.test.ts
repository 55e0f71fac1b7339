import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateStart, toStoryDate } from '../../src/lib/schema/dates.ts';
import { type Timeline, timelineOf } from '../../src/lib/timeline/timeline.ts';
import { parseUrlState } from '../../src/lib/url/url-state.ts';
import { dateParam, withParams } from '../../src/lib/url/url-sync.ts';
import { loadFixture } from './fixtures.ts';
import { storyArbitrary } from './story-arbitrary.ts';

describe('parseUrlState', () => {
  it('reads every known parameter', () => {
    expect(parseUrlState('?date=2015-03&lang=ar&actor=musk&data=s.json')).toEqual({
      date: '2015-03',
      lang: 'ar',
      actor: 'musk',
      data: 's.json',
    });
  });

  it.each([
    ['?date=2024-02-30', {}],
    ['?date=Feb%202024', {}],
    ['?date=2024-13', {}],
    ['?lang=fr', {}],
    ['?actor=%3Cscript%3E', {}],
    ['?date=2015&lang=xx&actor=ok', { date: '2015', actor: 'ok' }],
    ['?date=', {}],
    ['?theme=neon&embed=yes&present=2&chapter=a%20b', {}],
    [
      '?theme=dark&embed=1&present=true&chapter=split',
      { theme: 'dark', embed: true, present: true, chapter: 'split' },
    ],
  ])('drops malformed values: %s', (search, expected) => {
    expect(parseUrlState(search)).toEqual(expected);
  });
});

describe('url sync', () => {
  const tl = timelineOf(loadFixture('tiny.json'));
  it.each([
    ['2010', '2010'],
    ['2011-03', '2011-03'],
    ['2011-03-02', '2011-03-02'],
    ['2012-06-15', '2012-06-15'],
  ])('the date at %s is written as %s (an event keeps its precision)', (date, param) => {
    expect(dateParam(tl, dateStart(date))).toBe(param);
  });

  it('names the first event at exactly that instant, or the day, for any story and instant', () => {
    // The definition, as a scan of every event; dateParam finds it by binary search.
    const byScan = (timeline: Timeline, at: number) =>
      timeline.events.find((e) => e.at === at)?.event.date ?? toStoryDate(at, 'day');
    fc.assert(
      fc.property(storyArbitrary(), fc.nat(), fc.integer({ min: -2, max: 2 }), (story, i, dt) => {
        const timeline = timelineOf(story);
        const instants = timeline.events.map((e) => e.at);
        const at = (instants[i % Math.max(1, instants.length)] ?? 0) + dt * 86_400_000;
        expect(dateParam(timeline, at)).toBe(byScan(timeline, at));
      }),
    );
  });

  it('sets and removes parameters, keeping the others', () => {
    expect(withParams('?data=x.json&date=2010', { date: '2011', actor: undefined })).toBe(
      '?data=x.json&date=2011',
    );
    expect(withParams('?actor=a', { actor: undefined })).toBe('');
  });
});
