// Runs something once the page has painted what it has, or soon where it cannot paint. Browser
// glue over a Clock (tests drive it by hand), not pure.
import type { Clock } from './clock.ts';

/**
 * Calls `then` once, after the next frame is painted: a timer set from an animation frame runs
 * after that frame's paint. Where no frame comes — a hidden page, an off-screen iframe whose
 * rendering the browser holds back — after `capMs` (default 100) at the latest, so the page never
 * waits on being seen. Returns a function that cancels the call.
 */
export function afterPaint(clock: Clock, then: () => void, capMs = 100): () => void {
  let after: number | undefined;
  const cancel = () => {
    clock.cancel(frame);
    clock.cancelLater(cap);
    if (after !== undefined) clock.cancelLater(after);
  };
  const run = () => {
    cancel();
    then();
  };
  const frame = clock.request(() => {
    after = clock.later(run, 0);
  });
  const cap = clock.later(run, capMs);
  return cancel;
}
