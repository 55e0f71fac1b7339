// Pure: the story format as zod schemas — the single source of truth. Types come from `z.infer`;
// the JSON Schema in public/schema/ is generated from these (npm run schema). No DOM, no Svelte.
//
// Objects are strict: an author's typo ("sumary") is reported rather than silently dropped.
import { z } from 'zod';
import { DATE_PATTERN, parseStoryDate } from './dates.ts';

/** Languages the interface and stories speak. The first of `meta.languages` is the story's default. */
export const LANGUAGES = ['en', 'ar'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Longest string accepted anywhere in a story (characters): a guard against runaway files. */
export const MAX_TEXT = 20_000;

const tooLong = `is longer than ${MAX_TEXT} characters`;

/** Text in an optional place (one language of several, a summary): may be left out. */
const text = z
  .string()
  .trim()
  .min(1, 'is empty: write some text or leave the field out')
  .max(MAX_TEXT, tooLong);

/** Text that must be given (a source's title, a quote): leaving it out is no remedy. */
const requiredText = z.string().trim().min(1, 'is empty: write some text').max(MAX_TEXT, tooLong);

/**
 * The same length guard for strings that are not free text (URLs, paths). A refinement, not
 * `.max()`, so the generated JSON Schema stays as it is.
 */
const withinLimit = (value: string) => value.length <= MAX_TEXT;

/** Ids: letters, digits, "-", "_" or "."; they appear in URLs (`?actor=`), so no spaces. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, {
  error: (iss) =>
    `"${String(iss.input).slice(0, 40)}" is not a valid id: use letters, digits, "-", "_" or "." (at most 100)`,
});

/** A date at year, month or day precision: "2015", "2015-03", "2015-03-14" (calendar-checked). */
export const storyDateSchema = z
  .string()
  // The pattern is here for the generated JSON Schema; parseStoryDate says what is wrong.
  .regex(DATE_PATTERN, { error: (iss) => dateError(String(iss.input)), abort: true })
  .superRefine((value, ctx) => {
    const parsed = parseStoryDate(value);
    if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

function dateError(value: string): string {
  const parsed = parseStoryDate(value);
  return 'error' in parsed ? parsed.error : 'is not a date';
}

/** Text in one or more languages, e.g. `{ "en": "Alliance", "ar": "تحالف" }`; at least one is given. */
export const localizedSchema = z
  .strictObject({ en: text.optional(), ar: text.optional() })
  .refine(
    (t) => t.en !== undefined || t.ar !== undefined,
    'needs at least one language: "en" or "ar"',
  );
export type Localized = z.infer<typeof localizedSchema>;

export const stanceSchema = z.enum(['positive', 'neutral', 'negative']);

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: requiredText,
  publisher: requiredText,
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'is not a language tag such as "ar" or "en-GB"')
    .refine(withinLimit, tooLong),
  /** A web page; only http(s) links are accepted, never `javascript:`. */
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .refine(withinLimit, tooLong)
    .optional(),
  /** A copy of the source shipped beside the story, relative to the story file. */
  file: z
    .string()
    .regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+$/, 'must be a relative path inside the story folder')
    .refine(withinLimit, tooLong)
    .optional(),
  /** Ids of other sources this one cites (e.g. a news article citing the WSJ). */
  cites: z.array(idSchema).optional(),
});

export const chapterSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  from: storyDateSchema,
  to: storyDateSchema,
  /** Speaker notes for talk mode. */
  notes: localizedSchema.optional(),
});

export const relationDefSchema = z.strictObject({ label: localizedSchema, stance: stanceSchema });

export const metaSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  description: localizedSchema.optional(),
  languages: z.array(languageSchema).min(1, 'lists no language: add "en" and/or "ar"'),
  sources: z.array(sourceSchema).min(1, 'is empty: a story needs at least one source'),
  chapters: z.array(chapterSchema).optional(),
  relations: z.record(idSchema, relationDefSchema).optional(),
});

export const ACTOR_KINDS = ['person', 'organization', 'product', 'project', 'government'] as const;
export const actorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const actorSchema = z.strictObject({
  id: idSchema,
  kind: actorKindSchema,
  name: localizedSchema,
  description: localizedSchema.optional(),
  /** Present from this date even before its first event. */
  start: storyDateSchema.optional(),
});

export const tieSchema = z.strictObject({
  source: idSchema,
  target: idSchema,
  /** A built-in or `meta.relations` name, or "none" to end the tie. */
  relation: idSchema,
});

export const citationSchema = z.strictObject({
  source: idSchema,
  /** A verbatim span of the source, in its language. */
  quote: requiredText,
  translation: localizedSchema.optional(),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: storyDateSchema,
  approximate: z.boolean().optional(),
  title: localizedSchema,
  summary: localizedSchema.optional(),
  actors: z.array(idSchema).min(1, 'is empty: name at least one actor'),
  ties: z.array(tieSchema).optional(),
  sources: z.array(citationSchema).min(1, 'is empty: cite at least one source'),
  /** Speaker notes for talk mode. */
  notes: localizedSchema.optional(),
});

export const storySchema = z.strictObject({
  $schema: z.string().refine(withinLimit, tooLong).optional(),
  meta: metaSchema,
  actors: z.array(actorSchema).min(1, 'is empty: a story needs at least one actor'),
  events: z.array(eventSchema).min(1, 'is empty: a story needs at least one event'),
});

export type Story = z.infer<typeof storySchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type TieChange = z.infer<typeof tieSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Stance = z.infer<typeof stanceSchema>;
