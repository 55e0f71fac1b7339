// Pure: the view state that lives in the URL query. Each parameter is parsed on its own with a safe
// fallback, so one malformed value never breaks the page or the other parameters.
import { z } from 'zod';
import { DATE_PATTERN, parseStoryDate } from '../schema/dates.ts';
import { idSchema, languageSchema, type Language } from '../schema/story.ts';

export interface UrlState {
  /** A story date at any precision ("2015", "2024-02", "2025-01-21"); undefined = the default date. */
  readonly date?: string;
  readonly lang?: Language;
  /** Selected actor id. */
  readonly actor?: string;
  /** URL of another story to load. */
  readonly data?: string;
  readonly theme?: 'light' | 'dark';
  /** Minimal chrome for an iframe. */
  readonly embed?: boolean;
  /** Talk mode: full screen, large type, step by step. */
  readonly present?: boolean;
  /** Chapter id to open at (its start date, unless `date` is given). */
  readonly chapter?: string;
}

const flag = z.enum(['1', 'true']);
const dateParam = z
  .string()
  .regex(DATE_PATTERN)
  .refine((d) => !('error' in parseStoryDate(d)));

/** Reads the URL query; unknown or malformed values are dropped (the defaults then apply). */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const pick = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const parsed = schema.safeParse(raw.trim());
    return parsed.success ? parsed.data : undefined;
  };
  const state: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  const date = pick('date', dateParam);
  const lang = pick('lang', languageSchema);
  const actor = pick('actor', idSchema);
  const data = pick('data', z.string().min(1).max(2048));
  if (date !== undefined) state.date = date;
  if (lang !== undefined) state.lang = lang;
  if (actor !== undefined) state.actor = actor;
  if (data !== undefined) state.data = data;
  const theme = pick('theme', z.enum(['light', 'dark']));
  if (theme !== undefined) state.theme = theme;
  if (pick('embed', flag)) state.embed = true;
  if (pick('present', flag)) state.present = true;
  const chapter = pick('chapter', idSchema);
  if (chapter !== undefined) state.chapter = chapter;
  return state;
}
