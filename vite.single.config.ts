import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { prelaidLayouts } from './scripts/prelaid-layouts.ts';
import { validateBundledStories } from './scripts/validate-stories.ts';

// `npm run build:single`: one self-contained HTML file (code, styles, fonts and the default story
// inlined) that opens from file:// with no network — for a talk on a conference laptop. The
// policy plugin comes last so it hashes the scripts and styles the single-file plugin inlined.
export default defineConfig({
  base: './',
  plugins: [
    validateBundledStories(),
    prelaidLayouts(),
    svelte(),
    viteSingleFile({ removeViteModuleLoader: true }),
    contentSecurityPolicy(),
  ],
  build: { target: 'es2022', outDir: 'dist-single', emptyOutDir: true },
  json: { namedExports: false, stringify: true }, // as in vite.config.ts
  // A file:// page cannot start a worker from a file: this build inlines the layout worker.
  resolve: {
    alias: [{ find: /^\.\/spawn-worker\.ts$/, replacement: './spawn-worker-inline.ts' }],
  },
});
