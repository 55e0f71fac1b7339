// The benchmark's stories, written where the server serves them: the flagship (a copy of
// data/musk-altman.json, which the app also bundles as its default) and generated stories of N
// actors. Each is checked by the app's own validator before anything is measured.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateStory } from '../src/lib/schema/validate.ts';
import { Timeline } from '../src/lib/timeline/timeline.ts';
import { countTieChanges, generateStory } from './generate.ts';

export interface StoryInfo {
  /** "flagship" or "gen-<N>". */
  readonly id: string;
  /** As the table shows it. */
  readonly label: string;
  /** The file on disk, and its URL path on the benchmark server. */
  readonly file: string;
  readonly path: string;
  readonly actors: number;
  readonly events: number;
  readonly tieChanges: number;
  readonly keyframes: number;
  /** Size of the file, and gzipped (bytes). */
  readonly bytes: number;
  readonly gzip: number;
}

function describe(id: string, label: string, dir: string, text: string): StoryInfo {
  const result = validateStory(JSON.parse(text) as unknown);
  if (!result.ok) {
    const first = result.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`story ${id} does not validate: ${first.join('; ')}`);
  }
  const story = result.story;
  const file = join(dir, `${id}.json`);
  writeFileSync(file, text);
  return {
    id,
    label,
    file,
    path: `/stories/${id}.json`,
    actors: story.actors.length,
    events: story.events.length,
    tieChanges: countTieChanges(story),
    keyframes: new Timeline(story).keyframes.length,
    bytes: Buffer.byteLength(text),
    gzip: gzipSync(text, { level: 9 }).length,
  };
}

/** Writes and validates the flagship and one generated story per size into `dir`. */
export function prepareStories(dir: string, sizes: readonly number[]): StoryInfo[] {
  mkdirSync(dir, { recursive: true });
  const flagship = readFileSync(
    join(import.meta.dirname, '..', 'data', 'musk-altman.json'),
    'utf8',
  );
  const stories = [describe('flagship', 'flagship', dir, flagship)];
  for (const actors of sizes) {
    const text = JSON.stringify(generateStory({ actors, seed: 1 }));
    stories.push(describe(`gen-${actors}`, `${actors.toLocaleString('en')} actors`, dir, text));
  }
  return stories;
}
