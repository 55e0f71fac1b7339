import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateEnd,
  dateStart,
  daysInMonth,
  parseStoryDate,
  toStoryDate,
} from '../../src/lib/schema/dates.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Any valid story date, years 0000–9999, with its precision. */
const storyDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const y = pad(year, 4);
    if (precision === 'year') return { text: y, precision };
    if (precision === 'month') return { text: `${y}-${pad(month)}`, precision };
    return {
      text: `${y}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`,
      precision,
    };
  });

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
    ['0000-02-29', 'day'], // year 0 (1 BC) is a leap year in the proleptic Gregorian calendar
    ['0004-02-29', 'day'],
    ['0050', 'year'],
  ] as const)('%s is valid (%s), in its own year, not 1900 + it', (text, precision) => {
    const parsed = parseStoryDate(text);
    expect(parsed).toMatchObject({ precision });
    expect('start' in parsed && toStoryDate(parsed.start, precision)).toBe(text);
  });

  it('starts every valid date at its own period, from year 0000 to 9999', () => {
    fc.assert(
      fc.property(storyDate, ({ text, precision }) => {
        const start = dateStart(text);
        expect(toStoryDate(start, precision)).toBe(text);
        expect(dateEnd(text)).toBeGreaterThan(start);
        // The period ends where the next begins: one day, the month's days, or the year's.
        expect(toStoryDate(dateEnd(text) - 1, precision)).toBe(text);
      }),
    );
  });

  it.each([
    ['0100-02-29', /0100-02 has days 01 to 28/], // 100 is not a leap year
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
