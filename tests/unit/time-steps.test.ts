import { describe, expect, it } from 'vitest';
import { dateStart } from '../../src/lib/schema/dates.ts';
import {
  addYears,
  fraction,
  fromDay,
  nextKeyframe,
  previousKeyframe,
  toDay,
  yearTicks,
} from '../../src/lib/view/time-steps.ts';

const k = ['2010', '2011-03', '2012-06-15'].map(dateStart);
const d = dateStart;

describe('keyframe steps', () => {
  it.each([
    ['2009', '2010', undefined],
    ['2010', '2011-03', undefined],
    ['2010-06', '2011-03', '2010'],
    ['2012-06-15', undefined, '2011-03'],
    ['2020', undefined, '2012-06-15'],
  ])('at %s: next %s, previous %s', (at, next, previous) => {
    expect(nextKeyframe(k, d(at))).toBe(next === undefined ? undefined : d(next));
    expect(previousKeyframe(k, d(at))).toBe(previous === undefined ? undefined : d(previous));
  });
});

describe('years', () => {
  const domain = [d('2010'), d('2012-06-15')] as const;
  it.each([
    ['2010-03-01', 1, '2011-03-01'],
    ['2012-03-01', 1, '2012-06-15'],
    ['2010-03-01', -1, '2010'],
  ])('%s moved by %i year(s) is %s (clamped)', (at, years, expected) => {
    expect(addYears(d(at), years, domain)).toBe(d(expected));
  });

  it('ticks every January 1st inside the domain', () => {
    expect(yearTicks([d('2009-05'), d('2012-06-15')])).toEqual(['2010', '2011', '2012'].map(d));
  });

  it('ticks the years of an ancient story too (not 1900 + its years)', () => {
    expect(yearTicks([d('0049-05'), d('0052-06-15')])).toEqual(['0050', '0051', '0052'].map(d));
  });

  it('places instants on the domain and clamps outside it', () => {
    expect([
      fraction(d('2010'), domain),
      fraction(d('2012-06-15'), domain),
      fraction(d('2030'), domain),
    ]).toEqual([0, 1, 1]);
  });

  it('converts instants to whole days and back', () => {
    expect(fromDay(toDay(d('2015-03-14')))).toBe(d('2015-03-14'));
  });
});
