// Builds the benchmark's peer pages (vis-network and d3) into bench/peers/dist; they exist only to
// be measured beside the app (npm run bench). Relative base: served under /peers/.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: { vis: resolve(root, 'vis.html'), d3: resolve(root, 'd3.html') } },
  },
});
