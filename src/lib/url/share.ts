// Pure: the links and embed code the Share dialog offers, for the current view state.
import { withParams } from './url-sync.ts';

export interface ShareState {
  /** The page URL without its query (origin + path). */
  page: string;
  /** The current query, whose other parameters (e.g. `data`) are kept. */
  search: string;
  date: string;
  lang: string;
  actor?: string;
}

/** Default embed height in px: the graph, slider, event card and credit at a typical column width. */
export const EMBED_HEIGHT = 720;

const OWN = {
  embed: undefined,
  present: undefined,
  chapter: undefined,
  origin: undefined,
} as const;

/** The deep link to this exact state. */
export function shareLink(s: ShareState): string {
  return `${s.page}${withParams(s.search, { ...OWN, date: s.date, lang: s.lang, actor: s.actor })}`;
}

/** The embed URL for this state. */
export function embedLink(s: ShareState): string {
  return `${s.page}${withParams(s.search, { ...OWN, date: s.date, lang: s.lang, actor: s.actor, embed: '1' })}`;
}

/** Copy-paste iframe code: titled, lazy, full-screen capable; it reports its height to pym.js or to our message API. */
export function embedCode(s: ShareState, title: string): string {
  const escape = (v: string) =>
    v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(embedLink(s))}" title="${escape(title)}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" allow="fullscreen" style="border:0;max-width:100%"></iframe>`;
}
