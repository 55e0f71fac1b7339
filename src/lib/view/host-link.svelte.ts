// The embed's link to its host page: height, events and validated commands
// (src/lib/embed/host-bridge.ts, loaded only once an embed needs it: its message schemas are not
// the full view's first-view weight). Runes: call while a component initialises; the link lives as
// long as that component.
import type { HostBridge } from '../embed/host-bridge.ts';
import type { HostMessage } from '../embed/protocol.ts';
import { dateStart } from '../schema/dates.ts';
import { dateParam } from '../url/url-sync.ts';
import type { ViewState } from './view-state.svelte.ts';

/**
 * Connects to the host page whenever `embedded()` gives the embed's root element (undefined: not
 * embedded, no link), reporting that element's height. `greet` runs once connected, untracked;
 * `apply` gets the host's validated commands. Returns the connected bridge (reactive: undefined
 * until connected and once disconnected).
 */
function connectWhile(
  embedded: () => HTMLElement | undefined,
  apply: (message: HostMessage) => void,
  greet: (bridge: HostBridge) => void,
): () => HostBridge | undefined {
  let bridge = $state.raw<HostBridge>();

  $effect(() => {
    // Depends on `embedded` only: what `greet` reads is read after the import, untracked, so
    // scrubbing does not reconnect (and re-announce).
    const root = embedded();
    if (!root) return;
    let active = true;
    let b: HostBridge | undefined;
    void import('../embed/host-bridge.ts').then(({ connectHost }) => {
      if (!active) return;
      b = connectHost({ apply }, { search: location.search, root, window });
      bridge = b;
      greet(b);
    });
    return () => {
      active = false;
      b?.disconnect();
      bridge = undefined;
    };
  });

  return () => bridge;
}

/**
 * Links `view` to the host page while embedded: says "ready" on connecting, then reports the date
 * (100 ms after the slider rests) and the selected actor, and applies the host's commands.
 */
export function linkHost(view: ViewState, embedded: () => HTMLElement | undefined): void {
  const bridge = connectWhile(
    embedded,
    (message) => {
      if (message.type === 'tielines:set-date') view.setDate(dateStart(message.date));
      else if (message.type === 'tielines:play') view.play();
      else if (message.type === 'tielines:pause') view.pause();
      else if (message.type === 'tielines:select-actor') view.select(message.actor ?? undefined);
      else view.lang = message.lang;
    },
    (b) =>
      b.send({
        type: 'tielines:ready',
        story: view.story.meta.id,
        date: dateParam(view.timeline, view.at),
        lang: view.lang,
      }),
  );

  $effect(() => {
    // Read at each change, formatted only once the slider rests.
    const { timeline, at } = view;
    const timer = setTimeout(
      () => bridge()?.send({ type: 'tielines:date', date: dateParam(timeline, at) }),
      100,
    );
    return () => clearTimeout(timer);
  });

  $effect(() => {
    const actor = view.selected ?? null;
    bridge()?.send({ type: 'tielines:actor', actor });
  });
}

/**
 * Links a refused story's list of problems to the host page while embedded: its height, so the
 * host shows the whole list, and one message saying how many problems there are, so the host can
 * tell a refused story from a slow one. There is no view, so commands are ignored.
 */
export function linkProblems(count: () => number, embedded: () => HTMLElement | undefined): void {
  connectWhile(
    embedded,
    () => {},
    (b) => b.send({ type: 'tielines:problems', count: count() }),
  );
}
