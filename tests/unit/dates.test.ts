import { describe, expect, it } from 'vitest';
import { dateEnd, dateStart, parseStoryDate, toStoryDate } from '../../src/lib/schema/dates.ts';

describe('parseStoryDate', () => {
  it.each([
    ['2015', 'year', Date.UTC(2015, 0, 1)],
    ['2015-03', 'month', Date.UTC(2015, 2, 1)],
    ['2022-11-30', 'day', Date.UTC(2022, 10, 30)],
    ['2024-02-29', 'day', Date.UTC(2024, 1, 29)],
  ])('%s has %s precision and starts at its period', (text, precision, start) => {
    expect(parseStoryDate(text)).toMatchObject({ precision, start });
  });

  it.each([
    ['2024-13', /month 13/],
    ['2024-00', /month 00/],
    ['2024-02-30', /2024-02 has days 01 to 29/],
    ['2023-02-29', /days 01 to 28/],
    ['24/02/2024', /not a date/],
    ['Feb 2024', /not a date/],
    ['2024-2-3', /not a date/],
    ['', /not a date/],
    ['20150', /not a date/],
  ])('rejects %s with a reason', (text, reason) => {
    const parsed = parseStoryDate(text);
    expect('error' in parsed && parsed.error).toMatch(reason);
  });
});

describe('date periods', () => {
  it.each([
    ['2015', '2016-01-01'],
    ['2015-12', '2016-01-01'],
    ['2015-02', '2015-03-01'],
    ['2015-02-28', '2015-03-01'],
  ])('%s ends just before %s', (text, next) => {
    expect(dateEnd(text)).toBe(dateStart(next));
  });

  it('round-trips through toStoryDate at each precision', () => {
    const at = dateStart('2015-03-14');
    expect([toStoryDate(at, 'year'), toStoryDate(at, 'month'), toStoryDate(at)]).toEqual([
      '2015',
      '2015-03',
      '2015-03-14',
    ]);
  });

  it('throws on an invalid date where a valid one is required', () => {
    expect(() => dateStart('2015-13')).toThrow(/month 13/);
  });
});
