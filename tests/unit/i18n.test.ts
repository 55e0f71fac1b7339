import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../../src/lib/i18n/ar.ts';
import { en } from '../../src/lib/i18n/en.ts';
import {
  chooseLanguage,
  formatDate,
  LOCALE,
  localize,
  translate,
} from '../../src/lib/i18n/i18n.ts';
import { dateStart } from '../../src/lib/schema/dates.ts';
import { LANGUAGES } from '../../src/lib/schema/primitives.ts';

describe('interface text', () => {
  it('has the same keys in English and Arabic', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty or untranslated Arabic string', () => {
    for (const [key, value] of Object.entries(ar)) {
      expect(value.trim(), key).not.toBe('');
      expect(/[\u0600-\u06FF]/.test(value), `${key} has no Arabic letters`).toBe(true);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(names(ar[key]), key).toEqual(names(en[key]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'table.caption', { date: '2015' })).toBe('Ties on 2015');
    expect(translate('en', 'table.caption')).toBe('Ties on {date}');
  });
});

describe('localize', () => {
  it.each([
    [{ en: 'Alliance', ar: 'تحالف' }, 'ar', 'تحالف'],
    [{ en: 'Alliance' }, 'ar', 'Alliance'],
    [{ ar: 'تحالف' }, 'en', 'تحالف'],
    [undefined, 'en', ''],
  ] as const)('%j in %s → %s', (text, lang, expected) => {
    expect(localize(text, lang)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2015', 'year', 'en', false, '2015'],
    ['2024-02', 'month', 'en', false, 'February 2024'],
    ['2022-11-30', 'day', 'en', false, '30 November 2022'],
    ['2012', 'year', 'en', true, 'c. 2012'],
    ['2024-02', 'month', 'ar', false, 'فبراير 2024'],
    ['2012', 'year', 'ar', true, 'حوالي 2012'],
  ] as const)(
    '%s at %s precision in %s (circa %s) → %s',
    (date, precision, lang, approximate, expected) => {
      expect(formatDate(dateStart(date), precision, lang, approximate)).toBe(expected);
    },
  );

  it('says a year as Intl does, in both languages', () => {
    // From year 0 (1 BC, which Intl says as "1") to 9999: every instant a story date can have.
    const instants = fc.integer({
      min: Date.parse('0000-01-01T00:00:00Z'),
      max: Date.parse('9999-12-31T23:59:59.999Z'),
    });
    fc.assert(
      fc.property(instants, fc.constantFrom(...LANGUAGES), (instant, lang) => {
        const intl = new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', timeZone: 'UTC' });
        expect(formatDate(instant, 'year', lang)).toBe(intl.format(instant));
      }),
    );
  });

  it('formats in UTC whatever the machine timezone', () => {
    // 2015-01-01T00:00Z is still 2014 in America; a local-time formatter would say "2014".
    expect(formatDate(dateStart('2015'), 'year', 'en')).toBe('2015');
  });
});

describe('date formats made', () => {
  /** Runs `use` on a fresh i18n module (no format made yet), counting the Intl formats it makes. */
  async function countingFormats(
    use: (i18n: typeof import('../../src/lib/i18n/i18n.ts')) => void,
  ): Promise<number> {
    vi.resetModules();
    const fresh = await import('../../src/lib/i18n/i18n.ts');
    const Original = Intl.DateTimeFormat;
    let made = 0;
    const intl = Intl as { DateTimeFormat: typeof Intl.DateTimeFormat };
    intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      use(fresh);
    } finally {
      intl.DateTimeFormat = Original;
    }
    return made;
  }

  it('prepareDates makes a language’s formats ahead of its first date', async () => {
    let dates: string[] = [];
    const made = await countingFormats((i18n) => {
      i18n.prepareDates('ar');
      dates = (['year', 'month', 'day'] as const).map((p) =>
        i18n.formatDate(dateStart('2024-02-29'), p, 'ar'),
      );
    });
    expect(made).toBe(3);
    expect(dates).toEqual(['2024', 'فبراير 2024', '29 فبراير 2024']);
  });

  it('a year needs none (no ICU start for a view of years), a month one', async () => {
    const years = await countingFormats((i18n) => {
      for (const lang of LANGUAGES) i18n.formatDate(dateStart('2012'), 'year', lang, true);
    });
    expect(years).toBe(0);
    const months = await countingFormats((i18n) =>
      i18n.formatDate(dateStart('2012-05'), 'month', 'en'),
    );
    expect(months).toBe(1);
  });
});

describe('chooseLanguage', () => {
  it.each([
    ['ar', ['en-US'], ['en'], 'ar'],
    [undefined, ['ar-EG', 'en'], ['en'], 'ar'],
    [undefined, ['fr-FR', 'en-GB'], ['ar'], 'en'],
    [undefined, ['fr-FR'], ['ar', 'en'], 'ar'],
    [undefined, [], [], 'en'],
  ] as const)('param %s, browser %j, story %j → %s', (param, browser, story, expected) => {
    expect(chooseLanguage(param, browser, story)).toBe(expected);
  });
});
