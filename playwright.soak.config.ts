import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// `npm run soak`: long sessions against the built app — thousands of scrub steps, repeated
// play-throughs, language switches, resize storms — watching heap, DOM nodes and listeners.
export default defineConfig({
  ...base,
  testDir: 'tests/soak',
  workers: 1,
  fullyParallel: false,
  timeout: 600_000,
});
