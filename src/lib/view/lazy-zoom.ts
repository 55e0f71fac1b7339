// Browser code, no Svelte: pan and zoom (d3-zoom) on the network's surface, loaded at the first sign
// that the reader means to use the drawing — the pointer entering it, a press, a wheel, a touch, focus
// moving into it, or the Fit button — not with the first view: a reader who only watches or scrubs
// never downloads d3-zoom and d3-selection (about 17 KB gzip with what they pull in).
//
// The gesture that triggered the load is not dropped:
// - Mouse: the pointer enters the drawing before it can press or wheel there, so d3-zoom is usually
//   in place before the gesture. If not (a fast first wheel, a slow network), a wheel is held
//   (page scroll prevented) and replayed, summed, once d3-zoom is attached; a press still held then is
//   replayed as a mousedown at the point where it began, so the drag pans from there.
// - Touch: there is no hover before a touch, so the first touchstart is what starts the load. While
//   the finger stays down it is replayed to d3-zoom with its original Touch objects (same
//   identifiers, so the finger's next touchmove pans or pinches as usual); `touch-action: none` on
//   the surface keeps the page from scrolling meanwhile. Where TouchEvent cannot be constructed, that
//   first touch only loads the code and the next one pans.
import type { D3ZoomEvent } from 'd3-zoom';
import type { ZoomTransform } from './fit.ts';

export interface LazyZoomOptions {
  /** Smallest and largest zoom factor; default [0.3, 8]. */
  readonly scaleExtent?: readonly [number, number];
  /** Called with each new transform while the reader pans or zooms, and on fit. */
  readonly onzoom: (transform: ZoomTransform) => void;
  /** Called once d3-zoom is attached (for diagnostics and tests). */
  readonly onready?: () => void;
}

export interface LazyZoom {
  /** Back to the fitted view (transform identity); loads d3-zoom first when needed. */
  fit(): void;
  /** Detaches everything. */
  destroy(): void;
}

/** Events that show intent to use the drawing; the first one loads d3-zoom. */
export const INTENT_EVENTS = ['pointerenter', 'pointerdown', 'wheel', 'touchstart', 'focusin'];

export function lazyZoom(node: HTMLElement, options: LazyZoomOptions): LazyZoom {
  const [minK, maxK] = options.scaleExtent ?? [0.3, 8];
  let destroyed = false;
  let loading: Promise<void> | undefined;
  let reset: (() => void) | undefined;
  let detach: (() => void) | undefined;
  /** A wheel that arrived before d3-zoom, summed. */
  let wheel: { event: WheelEvent; deltaX: number; deltaY: number } | undefined;
  /** A mouse press still held, or the touches still down, from before d3-zoom arrived. */
  let press: MouseEvent | undefined;
  let touches: Touch[] = [];

  const onIntent = () => void load();
  const onWheel = (event: WheelEvent) => {
    event.preventDefault(); // d3-zoom would: the wheel zooms the drawing, not the page
    wheel = {
      event,
      deltaX: (wheel?.deltaX ?? 0) + event.deltaX,
      deltaY: (wheel?.deltaY ?? 0) + event.deltaY,
    };
    void load();
  };
  const onMouseDown = (event: MouseEvent) => {
    if (event.button === 0) press = event;
  };
  const onMouseUp = () => (press = undefined);
  const onTouch = (event: TouchEvent) => {
    touches = Array.from(event.touches);
    if (event.type === 'touchstart') void load();
  };

  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [
    ...INTENT_EVENTS.filter((t) => t !== 'wheel' && t !== 'touchstart').map(
      (type) => [node, type, onIntent] as [EventTarget, string, EventListener],
    ),
    [node, 'wheel', onWheel as EventListener, { passive: false }],
    [node, 'mousedown', onMouseDown as EventListener],
    [window, 'mouseup', onMouseUp],
    [node, 'touchstart', onTouch as EventListener, { passive: true }],
    [node, 'touchend', onTouch as EventListener, { passive: true }],
    [node, 'touchcancel', onTouch as EventListener, { passive: true }],
  ];
  for (const [target, type, fn, opts] of listeners) target.addEventListener(type, fn, opts);
  const unlisten = () => {
    for (const [target, type, fn, opts] of listeners) target.removeEventListener(type, fn, opts);
  };

  function load(): Promise<void> {
    loading ??= Promise.all([import('d3-selection'), import('d3-zoom')]).then(
      ([{ select }, { zoom, zoomIdentity }]) => {
        if (destroyed) return;
        const behaviour = zoom<HTMLElement, unknown>()
          .scaleExtent([minK, maxK])
          .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
            const { k, x, y } = event.transform;
            options.onzoom({ k, x, y });
          });
        const surface = select(node);
        surface.call(behaviour);
        reset = () => surface.call(behaviour.transform, zoomIdentity);
        detach = () => surface.on('.zoom', null);
        unlisten();
        replay();
        options.onready?.();
      },
      () => {
        // The chunk did not arrive (offline, deploy in between): the next sign of intent retries.
        loading = undefined;
      },
    );
    return loading;
  }

  /** Hands d3-zoom the gesture it missed. */
  function replay(): void {
    const base = { bubbles: true, cancelable: true, composed: true, view: window };
    if (wheel) {
      const { event, deltaX, deltaY } = wheel;
      node.dispatchEvent(
        new WheelEvent('wheel', {
          ...base,
          ...pointerOf(event),
          deltaX,
          deltaY,
          deltaMode: event.deltaMode,
        }),
      );
    }
    if (press)
      node.dispatchEvent(
        new MouseEvent('mousedown', { ...base, ...pointerOf(press), button: 0, buttons: 1 }),
      );
    if (touches.length > 0 && typeof TouchEvent === 'function') {
      try {
        node.dispatchEvent(
          new TouchEvent('touchstart', {
            ...base,
            touches,
            targetTouches: touches,
            changedTouches: touches,
          }),
        );
      } catch {
        // No constructible TouchEvent here: the next touch pans (see the top of this file).
      }
    }
    wheel = undefined;
    press = undefined;
    touches = [];
  }

  return {
    fit() {
      if (destroyed) return;
      if (reset) reset();
      else void load().then(() => reset?.());
    },
    destroy() {
      destroyed = true;
      unlisten();
      detach?.();
      reset = undefined;
    },
  };
}

function pointerOf(event: MouseEvent): MouseEventInit {
  return {
    clientX: event.clientX,
    clientY: event.clientY,
    screenX: event.screenX,
    screenY: event.screenY,
    ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
  };
}
