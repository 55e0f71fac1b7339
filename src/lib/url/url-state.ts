// Pure: the view state that lives in the URL query. Each parameter is parsed on its own with a safe
// fallback, so one malformed value never breaks the page or the other parameters.
//
// Plain predicates, not zod: every page parses its URL, and these few checks (the story format's
// own rules, from primitives.ts) are not worth the schema library's weight in the first view.
import { isId, isLanguage, isStoryDate, type Language } from '../schema/primitives.ts';

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

const isFlag = (value: string) => value === '1' || value === 'true';
const isTheme = (value: string): value is Theme => value === 'light' || value === 'dark';
/** A story URL: given, and not absurdly long. */
const isData = (value: string) => value.length >= 1 && value.length <= 2048;

/** Reads the URL query; unknown or malformed values are dropped (the defaults then apply). */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  function pick<T extends string>(
    name: string,
    accept: (value: string) => value is T,
  ): T | undefined;
  function pick(name: string, accept: (value: string) => boolean): string | undefined;
  function pick(name: string, accept: (value: string) => boolean): string | undefined {
    const raw = params.get(name)?.trim();
    return raw !== undefined && accept(raw) ? raw : undefined;
  }
  const state: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  const date = pick('date', isStoryDate);
  const lang = pick('lang', isLanguage);
  const actor = pick('actor', isId);
  const data = pick('data', isData);
  if (date !== undefined) state.date = date;
  if (lang !== undefined) state.lang = lang;
  if (actor !== undefined) state.actor = actor;
  if (data !== undefined) state.data = data;
  const theme = pick('theme', isTheme);
  if (theme !== undefined) state.theme = theme;
  if (pick('embed', isFlag) !== undefined) state.embed = true;
  if (pick('present', isFlag) !== undefined) state.present = true;
  const chapter = pick('chapter', isId);
  if (chapter !== undefined) state.chapter = chapter;
  return state;
}
