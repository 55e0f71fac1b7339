// The page's address kept in step with a view, so that copying it gives the same state: history
// .replaceState (no history entry per step), once the state has rested. Runes: call while a
// component initialises; the link lives as long as that component.
import type { Theme } from '../url/url-state.ts';
import { dateParam, withParams } from '../url/url-sync.ts';
import type { ViewState } from './view-state.svelte.ts';

/** How long the state must rest before the address follows it (ms): a scrub rewrites it once. */
export const URL_REST_MS = 250;

/** What the address carries besides the view's own state. */
export interface UrlExtras {
  /** Talk mode (`?present=1`). */
  present: boolean;
  /** The reader's theme (`?theme=`), or undefined to follow the system. */
  theme: Theme | undefined;
}

/**
 * Writes the view's date, selected actor and language, and `extras()`, into the page's query once
 * they have rested for URL_REST_MS. `?chapter=` (where to open) is dropped once the view moves;
 * parameters this code does not own (`?data=`, `?embed=`, `?origin=`…) are kept.
 */
export function linkUrl(view: ViewState, extras: () => UrlExtras): void {
  $effect(() => {
    // Only the state is read at each change (a scrub changes it every frame); the query is
    // built once it rests.
    const { timeline, at, selected, lang } = view;
    const { present, theme } = extras();
    const timer = setTimeout(() => {
      const search = withParams(location.search, {
        date: dateParam(timeline, at),
        actor: selected,
        lang,
        chapter: undefined,
        present: present ? '1' : undefined,
        theme,
      });
      if (search === location.search) return;
      try {
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      } catch {
        // A sandboxed iframe (opaque origin) may not rewrite its URL; the state still works.
      }
    }, URL_REST_MS);
    return () => clearTimeout(timer);
  });
}
