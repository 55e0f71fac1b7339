// Pure: the story format's smallest schemas — a language, an id, a date — on their own, so that
// what parses URL parameters and host messages (on every page) does not load the whole story
// format (only needed for stories from elsewhere). story.ts builds on and re-exports them.
// No DOM, no Svelte.
import * as z from 'zod/mini';
import { DATE_PATTERN, parseStoryDate } from './dates.ts';

/** Languages the interface and stories speak. The first of `meta.languages` is the story's default. */
export const LANGUAGES = ['en', 'ar'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Ids: letters, digits, "-", "_" or "."; they appear in URLs (`?actor=`), so no spaces. */
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, {
    error: (iss) =>
      `"${String(iss.input).slice(0, 40)}" is not a valid id: use letters, digits, "-", "_" or "." (at most 100)`,
  }),
);

/** A date at year, month or day precision: "2015", "2015-03", "2015-03-14" (calendar-checked). */
export const storyDateSchema = z.string().check(
  // The pattern is here for the generated JSON Schema; parseStoryDate says what is wrong.
  z.regex(DATE_PATTERN, { error: (iss) => dateError(String(iss.input)), abort: true }),
  z.superRefine((value, ctx) => {
    const parsed = parseStoryDate(value);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error, input: value });
  }),
);

function dateError(value: string): string {
  const parsed = parseStoryDate(value);
  return 'error' in parsed ? parsed.error : 'is not a date';
}
