// The embed's link to its host page: reports its height (Pym.js and plain JSON), announces readiness,
// date and selection changes, and applies validated host commands. Browser glue with the window
// injected; every listener it adds is removed by the function it returns.
import {
  acceptHostMessage,
  parseOriginList,
  pymHeightMessage,
  type EmbedMessage,
  type HostMessage,
} from './protocol.ts';

export interface BridgeTarget {
  /** Applies a validated host command. */
  apply(message: HostMessage): void;
}

export interface BridgeOptions {
  /** The page's query (`location.search`): `childId` (Pym) and `origin` (allow-list) are read from it. */
  search: string;
  /** The element whose height is reported (the app root); `data-host-bridge="ready"` while connected. */
  root: HTMLElement;
  window: Window & typeof globalThis;
}

export interface HostBridge {
  /** Sends a message to the host, to the allowed origins only when an allow-list was given. */
  send(message: EmbedMessage): void;
  disconnect(): void;
}

/** Connects an embedded view to its host; a no-op bridge when the page is not in a frame. */
export function connectHost(
  target: BridgeTarget,
  { search, root, window: win }: BridgeOptions,
): HostBridge {
  const parent = win.parent;
  if (!parent || parent === win) return { send() {}, disconnect() {} };
  const params = new URLSearchParams(search);
  const allowed = parseOriginList(params.get('origin'));
  const childId = params.get('childId');

  const post = (data: unknown) => {
    // Without an allow-list the host is unknown, so only non-sensitive state is sent, to any origin.
    for (const origin of allowed.length > 0 ? allowed : ['*']) parent.postMessage(data, origin);
  };
  const send = (message: EmbedMessage) => post(message);

  const onMessage = (event: MessageEvent) => {
    const message = acceptHostMessage(event, parent, allowed);
    if (message) target.apply(message);
  };
  win.addEventListener('message', onMessage);
  // A test hook, read from inside the frame: from here on a host's command is heard or refused. A
  // host on another origin cannot read it and waits for "ready" instead, which a refused origin
  // never gets — so a test of refusal waits for this before it sends.
  root.setAttribute('data-host-bridge', 'ready');

  let lastHeight = -1;
  const reportHeight = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight || height === 0) return;
    lastHeight = height;
    send({ type: 'tielines:height', height });
    if (childId) post(pymHeightMessage(childId, height));
  };
  const observer = new win.ResizeObserver(reportHeight);
  observer.observe(root);
  reportHeight();

  return {
    send,
    disconnect() {
      win.removeEventListener('message', onMessage);
      observer.disconnect();
      root.removeAttribute('data-host-bridge');
    },
  };
}
