import { mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

// `npm run build:single`: one self-contained HTML file (code, styles, fonts and the default story
// inlined) that opens from file:// with no network — for a talk on a conference laptop.
export default mergeConfig(base, {
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: { outDir: 'dist-single', emptyOutDir: true },
});
