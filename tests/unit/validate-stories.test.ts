import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundledStories } from '../../scripts/validate-stories.ts';
import { readFixture } from './fixtures.ts';

/** Runs the plugin's load hook on `file` as Vite would, with Vite's `this.error` (which throws). */
function load(file: string, dataDir?: string): unknown {
  const hook = validateBundledStories(dataDir).load;
  if (typeof hook !== 'function') throw new Error('expected a load function');
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return Reflect.apply(hook, context, [file]);
}

describe('validateBundledStories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tielines-'));
  mkdirSync(join(dir, 'data'));

  it('lets a valid bundled story through unchanged', () => {
    const file = join(dir, 'data', 'tiny.json');
    writeFileSync(file, readFixture('tiny.json'));
    expect(load(file, join(dir, 'data'))).toBeNull();
    expect(load(join(process.cwd(), 'data', 'musk-altman.json'))).toBeNull();
  });

  it('fails the build on a broken one, listing where and what', () => {
    const file = join(dir, 'data', 'broken.json');
    const story = JSON.parse(readFixture('tiny.json')) as { actors: { kind: string }[] };
    story.actors[0]!.kind = 'persn';
    writeFileSync(file, JSON.stringify(story));
    expect(() => load(file, join(dir, 'data'))).toThrow(
      /not a valid story:\n.*broken\.json: actors\[0\]\.kind: /,
    );
    // Unparseable JSON is located, as the CLI does.
    writeFileSync(file, '{ "meta": ');
    expect(() => load(file, join(dir, 'data'))).toThrow(/broken\.json: line 1, column/);
  });

  it('leaves JSON outside the data folder alone', () => {
    const file = join(dir, 'data', 'broken.json');
    writeFileSync(file, '{');
    expect(load(file)).toBeNull(); // not the project's data/
    expect(load(join(dir, 'package.json'), join(dir, 'data'))).toBeNull();
  });
});
