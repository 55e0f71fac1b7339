// A Vite plugin that lays out a bundled story's keyframes when the app is built (or served), so
// that the page need not: `import layouts from '…/story.json?layout'` gives the story's layouts as
// PrelaidLayout data (src/lib/layout/prelaid.ts), computed by the app's own layout code with its
// default options — in V8, the very positions the page computes in Chromium (another engine's
// Math.cos may differ in the last bit, far below a pixel).
//
// The layout code (src/lib/layout, schema, timeline) is thereby a dependency of the Vite config:
// editing it restarts the dev server, and editing the story re-lays it out.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { layoutKeyframes } from '../src/lib/layout/keyframe-layout.ts';
import { type PrelaidLayout, prelay } from '../src/lib/layout/prelaid.ts';
import { formatProblem } from '../src/lib/schema/problems.ts';
import type { Story } from '../src/lib/schema/story.ts';
import { loadStory } from '../src/lib/schema/validate.ts';
import { timelineOf } from '../src/lib/timeline/timeline.ts';

const QUERY = '?layout';
/**
 * A story file `<dir>/<name>.json` (relative to the project root) becomes the virtual module
 * `PREFIX + <dir>/<name> + SUFFIX`: no ".json" at its end, which Vite's JSON plugin would claim,
 * and a chunk of its own name, "<name>-layout".
 */
const PREFIX = '\0tielines-layout:';
const SUFFIX = '-layout.js';

/**
 * The story file's keyframe layouts. Throws, naming the file and its first problem, when it is
 * not a valid story (the build then fails).
 */
export function layoutStoryFile(file: string): PrelaidLayout[] {
  const text = readFileSync(file, 'utf8');
  const result = loadStory(text);
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(`${file} is not a valid story${first ? `: ${formatProblem(first)}` : ''}`);
  }
  // Laid out as the page will use it: the bundled JSON as it is, not the validator's copy, so
  // actor indices and dates match by construction.
  const story = JSON.parse(text) as Story;
  return prelay(story, layoutKeyframes(timelineOf(story)));
}

/** The module's code: the data through JSON.parse, which V8 reads faster than an object literal. */
export function layoutModule(layouts: readonly PrelaidLayout[]): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(layouts))});\n`;
}

/** The plugin: resolves `<story>.json?layout` imports to their layouts, computed at build time. */
export function prelaidLayouts(): Plugin {
  let root = process.cwd();
  return {
    name: 'tielines:prelaid-layouts',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(`.json${QUERY}`)) return null;
      const story = await this.resolve(source.slice(0, -QUERY.length), importer, {
        skipSelf: true,
      });
      if (!story) return null;
      return PREFIX + relative(root, story.id).replace(/\.json$/, '') + SUFFIX;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = resolve(root, `${id.slice(PREFIX.length, -SUFFIX.length)}.json`);
      this.addWatchFile(file);
      try {
        return layoutModule(layoutStoryFile(file));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
