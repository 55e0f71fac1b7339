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
