import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { prelaidLayouts } from './scripts/prelaid-layouts.ts';
import { validateBundledStories } from './scripts/validate-stories.ts';

// One config for the app and its unit/component tests. `base: './'` makes `dist/` work from any
// path on any static host (and from file:// for the single-file build).
export default defineConfig({
  base: './',
  plugins: [validateBundledStories(), prelaidLayouts(), svelte(), contentSecurityPolicy()],
  build: { target: 'es2022' },
  server: { port: 5173 },
  // CORS for every origin: an iframe sandboxed without allow-same-origin has an opaque origin
  // ("null") and loads our module script cross-origin. Static hosts need the same header.
  preview: { port: 4173, strictPort: true, cors: true },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
