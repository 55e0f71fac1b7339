// Pure: interface text, story text and dates for the active language. No DOM, no Svelte.
// Dates are formatted in UTC (story dates are UTC) at the precision the story gives: through Intl,
// but for a plain year (see plainYear).
import type { Precision } from '../schema/dates.ts';
import type { Language, Localized } from '../schema/story.ts';
import { ar } from './ar.ts';
import { en, type MessageKey, type Messages } from './en.ts';

export const MESSAGES: Readonly<Record<Language, Messages>> = { en, ar };

/** Writing direction of each language. */
export const DIRECTION: Readonly<Record<Language, 'ltr' | 'rtl'>> = { en: 'ltr', ar: 'rtl' };

/** Intl locales: British English for day-month order; Arabic with the Latin digits the source uses. */
export const LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', ar: 'ar-u-nu-latn' };

/**
 * The language to show: `?lang=` when given, else the first of the reader's browser languages
 * that the app speaks ("ar-EG" counts as "ar"), else the story's own default, else English.
 */
export function chooseLanguage(
  param: Language | undefined,
  browser: readonly string[],
  storyLanguages: readonly Language[] = [],
): Language {
  if (param) return param;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'ar') return base;
  }
  return storyLanguages[0] ?? 'en';
}

/** Interface text for `key`, with `{name}` placeholders filled from `params`. */
export function translate(
  lang: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Story text in `lang`, falling back to the other language (a story may give only one). */
export function localize(text: Localized | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.ar ?? '';
}

const formats = new Map<string, Intl.DateTimeFormat>();
const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/**
 * A date as a reader says it, at its precision: "2015", "February 2024", "30 November 2022";
 * "c. 2012" when approximate.
 */
export function formatDate(
  instant: number,
  precision: Precision,
  lang: Language,
  approximate = false,
): string {
  const text =
    (precision === 'year' ? plainYear(instant) : undefined) ??
    dateFormat(lang, precision).format(instant);
  return approximate ? translate(lang, 'date.circa', { date: text }) : text;
}

/**
 * A year (from 1) is its number in both languages, as Intl writes it with these locales' Latin
 * digits. Said without Intl, so a view whose first dates are years (the default story's) does not
 * wait for ICU's start: the page's first Intl object costs 60–90 ms at 4× CPU slowdown here.
 * Year 0 is left to Intl, which says 1 BC as "1".
 */
function plainYear(instant: number): string | undefined {
  const year = new Date(instant).getUTCFullYear();
  return year >= 1 ? String(year) : undefined;
}

/** The date format of a language and precision, made once. */
function dateFormat(lang: Language, precision: Precision): Intl.DateTimeFormat {
  const id = `${lang}:${precision}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], OPTIONS[precision]);
    formats.set(id, format);
  }
  return format;
}

/**
 * Makes the date formats of `lang` ahead of need. The first Intl object a page makes starts ICU,
 * which takes tens of milliseconds on a slow phone (60–90 ms at 4× CPU slowdown here): made while
 * a story downloads (early.ts) or once the first view is painted (StoryView), the first date of a
 * scrub does not wait for it.
 */
export function prepareDates(lang: Language): void {
  for (const precision of Object.keys(OPTIONS) as Precision[]) dateFormat(lang, precision);
}
