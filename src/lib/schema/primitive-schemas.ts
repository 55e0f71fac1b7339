// Pure: the zod schemas of the story format's smallest rules (primitives.ts), for the story format
// (story.ts builds on and re-exports them) and the embed's host messages. No DOM, no Svelte.
import * as z from 'zod/mini';
import { DATE_PATTERN, parseStoryDate } from './dates.ts';
import { ID_PATTERN, LANGUAGES } from './primitives.ts';

export const languageSchema = z.enum(LANGUAGES);

export const idSchema = z.string().check(
  z.regex(ID_PATTERN, {
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
