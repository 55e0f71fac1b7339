// Pure: the story format as zod schemas — the single source of truth. Types come from `z.infer`;
// the JSON Schema in public/schema/ is generated from these (npm run schema). No DOM, no Svelte.
//
// Objects are strict: an author's typo ("sumary") is reported rather than silently dropped.
// zod/mini: the same schemas as classic zod, tree-shakable, so the app ships a few kilobytes of it.
import * as z from 'zod/mini';
import { idSchema, languageSchema, storyDateSchema } from './primitive-schemas.ts';
import { ACTOR_KINDS } from './primitives.ts';

export { idSchema, languageSchema, storyDateSchema } from './primitive-schemas.ts';
export { ACTOR_KINDS, LANGUAGES, type Language } from './primitives.ts';

/** Longest string accepted anywhere in a story (characters): a guard against runaway files. */
export const MAX_TEXT = 20_000;

const tooLong = `is longer than ${MAX_TEXT} characters`;

/** Text in an optional place (one language of several, a summary): may be left out. */
const text = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'is empty: write some text or leave the field out'),
    z.maxLength(MAX_TEXT, tooLong),
  );

/** Text that must be given (a source's title, a quote): leaving it out is no remedy. */
const requiredText = z
  .string()
  .check(z.trim(), z.minLength(1, 'is empty: write some text'), z.maxLength(MAX_TEXT, tooLong));

/**
 * The same length guard for strings that are not free text (URLs, paths). A refinement, not
 * `maxLength`, so the generated JSON Schema stays as it is.
 */
const withinLimit = z.refine<string>((value) => value.length <= MAX_TEXT, tooLong);

/** Text in one or more languages, e.g. `{ "en": "Alliance", "ar": "تحالف" }`; at least one is given. */
export const localizedSchema = z
  .strictObject({ en: z.optional(text), ar: z.optional(text) })
  .check(
    z.refine(
      (t) => t.en !== undefined || t.ar !== undefined,
      'needs at least one language: "en" or "ar"',
    ),
  );
export type Localized = z.infer<typeof localizedSchema>;

export const stanceSchema = z.enum(['positive', 'neutral', 'negative']);

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: requiredText,
  publisher: requiredText,
  language: z
    .string()
    .check(
      z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'is not a language tag such as "ar" or "en-GB"'),
      withinLimit,
    ),
  /** A web page; only http(s) links are accepted, never `javascript:`. */
  url: z.optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).check(withinLimit),
  ),
  /** A copy of the source shipped beside the story, relative to the story file. */
  file: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^(?!\/)(?!.*\.\.)[A-Za-z0-9_./-]+$/,
          'must be a relative path inside the story folder',
        ),
        withinLimit,
      ),
  ),
  /** Ids of other sources this one cites (e.g. a news article citing the WSJ). */
  cites: z.optional(z.array(idSchema)),
});

export const chapterSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  from: storyDateSchema,
  to: storyDateSchema,
  /** Speaker notes for talk mode. */
  notes: z.optional(localizedSchema),
});

export const relationDefSchema = z.strictObject({ label: localizedSchema, stance: stanceSchema });

export const metaSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  description: z.optional(localizedSchema),
  languages: z
    .array(languageSchema)
    .check(z.minLength(1, 'lists no language: add "en" and/or "ar"')),
  sources: z
    .array(sourceSchema)
    .check(z.minLength(1, 'is empty: a story needs at least one source')),
  chapters: z.optional(z.array(chapterSchema)),
  relations: z.optional(z.record(idSchema, relationDefSchema)),
});

export const actorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const actorSchema = z.strictObject({
  id: idSchema,
  kind: actorKindSchema,
  name: localizedSchema,
  description: z.optional(localizedSchema),
  /** Present from this date even before its first event. */
  start: z.optional(storyDateSchema),
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
  translation: z.optional(localizedSchema),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: storyDateSchema,
  approximate: z.optional(z.boolean()),
  title: localizedSchema,
  summary: z.optional(localizedSchema),
  actors: z.array(idSchema).check(z.minLength(1, 'is empty: name at least one actor')),
  ties: z.optional(z.array(tieSchema)),
  sources: z.array(citationSchema).check(z.minLength(1, 'is empty: cite at least one source')),
  /** Speaker notes for talk mode. */
  notes: z.optional(localizedSchema),
});

export const storySchema = z.strictObject({
  $schema: z.optional(z.string().check(withinLimit)),
  meta: metaSchema,
  actors: z.array(actorSchema).check(z.minLength(1, 'is empty: a story needs at least one actor')),
  events: z.array(eventSchema).check(z.minLength(1, 'is empty: a story needs at least one event')),
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
