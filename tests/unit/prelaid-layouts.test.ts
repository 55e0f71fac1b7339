import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate.ts';
import { layoutModule, layoutStoryFile } from '../../scripts/prelaid-layouts.ts';
import { layoutKeyframes } from '../../src/lib/layout/index.ts';
import { type PrelaidLayout, prelay, unprelay } from '../../src/lib/layout/prelaid.ts';
import type { Story } from '../../src/lib/schema/story.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import { loadFixture } from './fixtures.ts';

const flagship = loadFixture('../../data/musk-altman.json');

describe('prelay and unprelay', () => {
  it.each([
    ['the flagship', flagship],
    ['a generated story of 60 actors', generateStory({ actors: 60 })],
  ])('give back %s’s layouts exactly, through JSON text', (_, story) => {
    const layouts = layoutKeyframes(new Timeline(story));
    const text = JSON.stringify(prelay(story, layouts));
    const back = unprelay(story, JSON.parse(text) as PrelaidLayout[]);
    expect(back).toEqual(layouts);
    // Keyframes where only a relation changed share the map before, as layoutKeyframes gives.
    const shared = (ls: typeof layouts) =>
      ls.map((l, i) => i > 0 && l.positions === ls[i - 1]?.positions);
    expect(shared(back)).toEqual(shared(layouts));
    expect(shared(layouts)).toContain(true);
  });

  it('refuses data that does not fit the story', () => {
    expect(() => unprelay(flagship, [{ keyframe: 0, actors: [999], xy: [1, 2] }])).toThrow(
      'no actor at index 999',
    );
    expect(() => unprelay(flagship, [{ keyframe: 0 }])).toThrow('cannot repeat');
  });
});

describe('the build’s layout of a bundled story', () => {
  it('is the layout the page would compute from the JSON it bundles', async () => {
    // The page uses the bundled JSON as it is (checked at build time), not the validator's copy.
    const raw = JSON.parse(readFileSync('data/musk-altman.json', 'utf8')) as Story;
    const expected = layoutKeyframes(new Timeline(raw));
    const built = layoutStoryFile('data/musk-altman.json');
    expect(unprelay(raw, built)).toEqual(expected);
    // The module's code gives that data back.
    const code = layoutModule(built);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: PrelaidLayout[];
    };
    expect(module.default).toEqual(built);
  });

  it('fails on a story that is not valid, naming the file and the problem', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tielines-')), 'broken.json');
    writeFileSync(file, JSON.stringify({ meta: { id: 'x' }, actors: [], events: [] }));
    expect(() => layoutStoryFile(file)).toThrow(/broken\.json is not a valid story: meta\.title/);
  });
});
