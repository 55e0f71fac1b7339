// A Vite plugin that lays out a bundled story's keyframes when the app is built (or served), so
// that the page need not: `import layouts from '…/story.json?layout'` gives the story's layouts as
// PrelaidLayout data (src/lib/layout/prelaid.ts), computed by the app's own layout code with its
// default options — the positions the page would compute, to the last bit.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { layoutKeyframes } from '../src/lib/layout/keyframe-layout.ts';
import { type PrelaidLayout, prelay } from '../src/lib/layout/prelaid.ts';
import { formatProblem } from '../src/lib/schema/problems.ts';
import { loadStory } from '../src/lib/schema/validate.ts';
import { timelineOf } from '../src/lib/timeline/timeline.ts';

const QUERY = '?layout';
/**
 * Resolved ids are `PREFIX + file + SUFFIX`: a virtual module (`\0`) whose id does not end in
 * ".json", which Vite's own JSON plugin would take for its own.
 */
const PREFIX = '\0tielines-layout:';
const SUFFIX = ':layout';

/** The story file's keyframe layouts, or the reason there are none (it is not a valid story). */
export function layoutStoryFile(file: string): PrelaidLayout[] {
  const result = loadStory(readFileSync(file, 'utf8'));
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`${file} is not a valid story${first ? `: ${formatProblem(first)}` : ''}`);
  }
  return prelay(result.story, layoutKeyframes(timelineOf(result.story)));
}

/** The module's code: the data through JSON.parse, which V8 reads faster than an object literal. */
export function layoutModule(layouts: readonly PrelaidLayout[]): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(layouts))});\n`;
}

export function prelaidLayouts(): Plugin {
  return {
    name: 'tielines:prelaid-layouts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(`.json${QUERY}`) || !importer) return null;
      const file = resolve(dirname(importer), source.slice(0, -QUERY.length));
      return PREFIX + file + SUFFIX;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(file);
      try {
        return layoutModule(layoutStoryFile(file));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
