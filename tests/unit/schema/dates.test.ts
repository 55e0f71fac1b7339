import { describe, expect, it } from 'vitest';
import {
  DATE_PATTERN,
  dateEnd,
  dateStart,
  daysInMonth,
  parseStoryDate,
  toStoryDate,
  utcDate,
} from '../../../src/lib/schema/dates.ts';

const DAY = 86_400_000;
// Independent anchors: 1970-01-01 is instant 0, and year 2000 began 10,957 days later.
const Y2000 = 10_957 * DAY;

describe('utcDate', () => {
  it.each([
    [1970, 1, 1, 0],
    [1970, 1, 2, DAY],
    [2000, 1, 1, Y2000],
    [2000, 3, 1, Y2000 + (31 + 29) * DAY], // 2000 is a leap year
    [2000, 1, 0, Y2000 - DAY], // day 0: the last of the month before
    [1999, 13, 1, Y2000], // month 13 rolls over
  ])('utcDate(%i, %i, %i) is %i', (year, month, day, instant) => {
    expect(utcDate(year, month, day)).toBe(instant);
  });

  it('reads years 0-99 as themselves', () => {
    expect(new Date(utcDate(99, 1, 1)).getUTCFullYear()).toBe(99);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2023, 1, 31],
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2023, 4, 30],
    [2023, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('parseStoryDate', () => {
  it.each([
    ['2000', { year: 2000, precision: 'year', start: Y2000 }],
    ['2000-02', { year: 2000, month: 2, precision: 'month', start: Y2000 + 31 * DAY }],
    ['2000-01-01', { year: 2000, month: 1, day: 1, precision: 'day', start: Y2000 }],
    ['2000-12', { year: 2000, month: 12, precision: 'month', start: Y2000 + 335 * DAY }],
    ['2000-01-31', { year: 2000, month: 1, day: 31, precision: 'day', start: Y2000 + 30 * DAY }],
  ])('%s parses to exactly %j', (text, expected) => {
    expect(parseStoryDate(text)).toEqual(expected);
  });

  it.each([
    ['2000-00', '"2000-00" has month 00: months run 01 to 12'],
    ['2000-13', '"2000-13" has month 13: months run 01 to 12'],
    ['2000-01-00', '"2000-01-00" has day 00: 2000-01 has days 01 to 31'],
    ['2000-01-32', '"2000-01-32" has day 32: 2000-01 has days 01 to 31'],
    ['2001-02-29', '"2001-02-29" has day 29: 2001-02 has days 01 to 28'],
    ['2015-3', '"2015-3" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02)'],
    [' 2015', '" 2015" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02)'],
    ['2015 ', '"2015 " is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02)'],
    ['2015-03-1', '"2015-03-1" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02)'],
  ])('rejects %j: %s', (text, error) => {
    expect(parseStoryDate(text)).toEqual({ error });
  });

  it('quotes at most 40 characters of what is not a date', () => {
    const forty = 'x'.repeat(40);
    const tail = ' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02)';
    expect(parseStoryDate(forty)).toEqual({ error: `"${forty}"${tail}` });
    expect(parseStoryDate(`${forty}yz`)).toEqual({ error: `"${forty}…"${tail}` });
  });

  it('DATE_PATTERN accepts the three shapes only, whole', () => {
    expect(['2015', '2015-03', '2015-03-14'].map((t) => DATE_PATTERN.test(t))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['x2015', '2015x', '2015-03-14-01'].map((t) => DATE_PATTERN.test(t))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('dateStart and dateEnd', () => {
  it.each([
    ['2000', Y2000, Y2000 + 366 * DAY],
    ['2000-01', Y2000, Y2000 + 31 * DAY],
    ['2000-02', Y2000 + 31 * DAY, Y2000 + 60 * DAY],
    ['1999-12', Y2000 - 31 * DAY, Y2000],
    ['2000-01-01', Y2000, Y2000 + DAY],
  ])('%s covers [%i, %i)', (text, start, end) => {
    expect(dateStart(text)).toBe(start);
    expect(dateEnd(text)).toBe(end);
  });

  it.each([dateStart, dateEnd])('%o throws a RangeError with the reason', (f) => {
    expect(() => f('2000-13')).toThrow(
      new RangeError('"2000-13" has month 13: months run 01 to 12'),
    );
  });
});

describe('toStoryDate', () => {
  const at = Y2000 + (31 + 28) * DAY + 12 * 3_600_000; // 2000-02-29, noon
  it.each([
    ['year', '2000'],
    ['month', '2000-02'],
    ['day', '2000-02-29'],
  ] as const)('at %s precision is %s', (precision, text) => {
    expect(toStoryDate(at, precision)).toBe(text);
  });

  it('is at day precision by default', () => {
    expect(toStoryDate(at)).toBe('2000-02-29');
  });
});
