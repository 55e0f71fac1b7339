// Pure: the story format's smallest rules — a language, an id, a date — as plain predicates, with no
// schema library: the URL parameters every page reads are checked with these, so the first view does
// not carry zod (it loads with the validator, for stories from elsewhere). The zod schemas of the
// same rules (primitive-schemas.ts) are built from these constants: one source for both.
// No DOM, no Svelte.
import { parseStoryDate } from './dates.ts';

/** Languages the interface and stories speak. The first of `meta.languages` is the story's default. */
export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The kinds of actor a story may have (each drawn with its own shape). */
export const ACTOR_KINDS = ['person', 'organization', 'product', 'project', 'government'] as const;

/** Ids: letters, digits, "-", "_" or "."; they appear in URLs (`?actor=`), so no spaces. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** A date at year, month or day precision: "2015", "2015-03", "2015-03-14" (calendar-checked). */
export function isStoryDate(value: string): boolean {
  return !('error' in parseStoryDate(value));
}
