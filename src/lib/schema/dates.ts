// Pure: story dates. No DOM, no Svelte.
//
// A story date keeps its precision: "2015" means some time in 2015, "2015-03" some time in March
// 2015. It takes effect at the start of that period, in UTC. Instants are milliseconds since the
// Unix epoch (UTC), so they compare with `<` and subtract to durations.

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A parsed story date. `start` is the first instant of the period (ms, UTC). */
export interface ParsedDate {
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  readonly precision: Precision;
  readonly start: number;
}

/** YYYY, YYYY-MM or YYYY-MM-DD (the calendar is checked separately). */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first instant (ms, UTC) of a day of the proleptic Gregorian calendar (month 1–12; a day or
 * month past the end rolls over, day 0 is the last of the month before). Unlike `Date.UTC`, which
 * reads years 0–99 as 1900–1999, right for every year a story date can name.
 */
export function utcDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcDate(year, month + 1, 0)).getUTCDate();
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". Returns a reason string for anything else, so callers
 * can say what is wrong rather than only that something is.
 */
export function parseStoryDate(text: string): ParsedDate | { error: string } {
  const m = DATE_PATTERN.exec(text);
  if (!m) {
    return {
      error: `"${clip(text)}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-02)`,
    };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year', start: utcDate(year, 1, 1) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has month ${m[2]}: months run 01 to 12` };
  if (m[3] === undefined)
    return { year, month, precision: 'month', start: utcDate(year, month, 1) };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { error: `"${text}" has day ${m[3]}: ${m[1]}-${m[2]} has days 01 to ${last}` };
  }
  return { year, month, day, precision: 'day', start: utcDate(year, month, day) };
}

/** The first instant (ms, UTC) of a date already known to be valid; throws otherwise. */
export function dateStart(text: string): number {
  const parsed = parseStoryDate(text);
  if ('error' in parsed) throw new RangeError(parsed.error);
  return parsed.start;
}

/** The instant (ms, UTC) just after the period a valid date names: "2015" → 2016-01-01. */
export function dateEnd(text: string): number {
  const p = parseStoryDate(text);
  if ('error' in p) throw new RangeError(p.error);
  if (p.precision === 'year') return utcDate(p.year + 1, 1, 1);
  if (p.precision === 'month') return utcDate(p.year, (p.month ?? 1) + 1, 1);
  return p.start + 86_400_000;
}

/** Formats an instant as a story date at the given precision (UTC): 2015-03-01 at 'month' → "2015-03". */
export function toStoryDate(instant: number, precision: Precision = 'day'): string {
  const iso = new Date(instant).toISOString();
  return precision === 'year'
    ? iso.slice(0, 4)
    : precision === 'month'
      ? iso.slice(0, 7)
      : iso.slice(0, 10);
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
