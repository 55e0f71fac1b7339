// Pure: the view state that lives in the URL query. Each parameter is parsed on its own with a safe
// fallback, so one malformed value never breaks the page or the other parameters.
import * as z from 'zod/mini';
import { idSchema, languageSchema, storyDateSchema, type Language } from '../schema/primitives.ts';

export type Theme = 'light' | 'dark';

export interface UrlState {
  /** A story date at any precision ("2015", "2024-02", "2025-01-21"); undefined = the default date. */
  readonly date?: string;
  readonly lang?: Language;
  /** Selected actor id. */
  readonly actor?: string;
  /** URL of another story to load. */
  readonly data?: string;
  readonly theme?: Theme;
  /** Minimal chrome for an iframe. */
  readonly embed?: boolean;
  /** Talk mode: full screen, large type, step by step. */
  readonly present?: boolean;
  /** Chapter id to open at (its start date, unless `date` is given). */
  readonly chapter?: string;
}

const flag = z.enum(['1', 'true']);

/** Reads the URL query; unknown or malformed values are dropped (the defaults then apply). */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const pick = <T>(name: string, schema: z.ZodMiniType<T>): T | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const parsed = z.safeParse(schema, raw.trim());
    return parsed.success ? parsed.data : undefined;
  };
  const state: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  const date = pick('date', storyDateSchema);
  const lang = pick('lang', languageSchema);
  const actor = pick('actor', idSchema);
  const data = pick('data', z.string().check(z.minLength(1), z.maxLength(2048)));
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
