// A Vite plugin that validates every story the app bundles (data/*.json imported by the code) when
// it is built or served, with the app's own validator: a broken bundled story fails the build with
// its problems listed, like `npm run validate`. The page can then trust the bundled story as it is
// and load the validator only for stories from elsewhere (`?data=`, a dropped file).
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { validateFile } from './validate-file.ts';

/** Checks the JSON files of `dataDir` (default the project's `data/`) as they are bundled. */
export function validateBundledStories(dataDir = join(process.cwd(), 'data')): Plugin {
  return {
    name: 'tielines:validate-bundled-stories',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.json') || dirname(file) !== dataDir) return null;
      // The CLI's own check and wording (`npm run validate`), JSON syntax errors located too.
      const result = validateFile(relative(process.cwd(), file));
      if (!result.ok) this.error(`not a valid story:\n${result.lines.join('\n')}`);
      return null;
    },
  };
}
