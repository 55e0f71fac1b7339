// A Vite plugin that validates every story the app bundles (data/*.json imported by the code) when
// it is built or served, with the app's own validator: a broken bundled story fails the build with
// its problems listed, like `npm run validate`. The page can then trust the bundled story as it is
// and load the validator only for stories from elsewhere (`?data=`, a dropped file).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { loadStory } from '../src/lib/schema/validate.ts';

/** Bundled stories: JSON files under a `data/` folder. */
const STORY = /[\\/]data[\\/][^\\/]+\.json$/;

export function validateBundledStories(): Plugin {
  return {
    name: 'tielines:validate-bundled-stories',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!STORY.test(file)) return null;
      const result = loadStory(readFileSync(file, 'utf8'));
      if (!result.ok) {
        const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
        this.error(`${relative(process.cwd(), file)} is not a valid story:\n${lines}`);
      }
      return null;
    },
  };
}
