import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(cleanup);

// jsdom has no layout, so no ResizeObserver; Svelte's bind:clientWidth needs the constructor to
// exist. Sizes stay 0 here; real sizing is tested in Chromium (tests/e2e).
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom has no Web Animations; Svelte's transitions (actors fading in once their layout arrives)
// call element.animate. A stand-in that finishes on the next microtask, as a zero-length one would.
if (typeof Element.prototype.animate !== 'function') {
  Element.prototype.animate = function animate(): Animation {
    const animation = {
      onfinish: null as (() => void) | null,
      currentTime: 0,
      finished: Promise.resolve(),
      cancel(): void {},
    };
    queueMicrotask(() => animation.onfinish?.());
    return animation as unknown as Animation;
  };
}
