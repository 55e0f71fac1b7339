// The embed's link to its host page, kept in step with a view: height, events and validated
// commands (src/lib/embed/host-bridge.ts, loaded only once an embed needs it: its message schemas
// are not the full view's first-view weight). Runes: call while a component initialises; the link
// lives as long as that component.
import type { HostBridge } from '../embed/host-bridge.ts';
import { dateStart } from '../schema/dates.ts';
import { dateParam } from '../url/url-sync.ts';
import type { ViewState } from './view-state.svelte.ts';

/**
 * Links `view` to the host page whenever `embedded()` gives the embed's root element (undefined:
 * not embedded, no link). Says "ready" on connecting, then reports the date (100 ms after the
 * slider rests) and the selected actor, and applies the host's commands to the view.
 */
export function linkHost(view: ViewState, embedded: () => HTMLElement | undefined): void {
  /** The connected bridge (state: the reporting effects below start once it connects). */
  let bridge = $state.raw<HostBridge>();

  $effect(() => {
    // Depends on `embedded` only: the date and language reported on connecting are read after the
    // import, untracked, so scrubbing does not reconnect (and re-announce "ready").
    const root = embedded();
    if (!root) return;
    let active = true;
    let b: HostBridge | undefined;
    void import('../embed/host-bridge.ts').then(({ connectHost }) => {
      if (!active) return;
      b = connectHost(
        {
          apply(message) {
            if (message.type === 'tielines:set-date') view.setDate(dateStart(message.date));
            else if (message.type === 'tielines:play') view.play();
            else if (message.type === 'tielines:pause') view.pause();
            else if (message.type === 'tielines:select-actor')
              view.select(message.actor ?? undefined);
            else view.lang = message.lang;
          },
        },
        { search: location.search, root, window },
      );
      bridge = b;
      b.send({
        type: 'tielines:ready',
        story: view.story.meta.id,
        date: dateParam(view.timeline, view.at),
        lang: view.lang,
      });
    });
    return () => {
      active = false;
      b?.disconnect();
      bridge = undefined;
    };
  });

  $effect(() => {
    // Read at each change, formatted only once the slider rests.
    const { timeline, at } = view;
    const timer = setTimeout(
      () => bridge?.send({ type: 'tielines:date', date: dateParam(timeline, at) }),
      100,
    );
    return () => clearTimeout(timer);
  });

  $effect(() => {
    const actor = view.selected ?? null;
    bridge?.send({ type: 'tielines:actor', actor });
  });
}
