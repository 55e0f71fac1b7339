import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../scripts/validate-file.ts';
import { loadStory } from '../../src/lib/schema/validate.ts';
import { fixturePath, rawFixture } from './fixtures.ts';

function writeTemp(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tielines-')), name);
  writeFileSync(file, text);
  return file;
}

describe('validateFile', () => {
  it('summarises a valid story in one line', () => {
    const result = validateFile(fixturePath('tiny.json'));
    expect(result.ok).toBe(true);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(
      /valid — 4 actors, 4 events, 7 tie changes, 2 chapters, 2009-01-01 to 2013-01-01$/,
    );
  });

  it('lists every problem of a broken copy with its path', () => {
    const story = rawFixture('tiny.json') as { events: { ties?: { target: string }[] }[] };
    story.events[2]!.ties![0]!.target = 'boo';
    const file = writeTemp('broken.json', JSON.stringify(story, null, 2));
    const result = validateFile(file);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      `${file}: events[2].ties[0].target: unknown actor "boo" (did you mean "bo"?)`,
      `${file}: 1 problem`,
    ]);
  });

  it('gives line and column for a JSON syntax error', () => {
    const file = writeTemp('syntax.json', '{\n  "meta": {},\n}\n');
    expect(validateFile(file).lines[0]).toBe(
      `${file}: line 3, column 1: invalid JSON: a trailing comma before a closing bracket`,
    );
  });

  it('says when a file cannot be read', () => {
    expect(validateFile('/nonexistent/story.json').lines[0]).toMatch(
      /cannot read the file \(ENOENT\)/,
    );
  });
});

describe('npm run validate (the CLI process)', () => {
  const cli = ['node_modules/.bin/tsx', 'scripts/validate.ts'];
  it('exits 0 on the fixture and 1 on a broken copy', () => {
    expect(
      execFileSync(cli[0]!, [cli[1]!, fixturePath('tiny.json')], { encoding: 'utf8' }),
    ).toMatch(/valid/);
    const broken = spawnSync(cli[0]!, [cli[1]!, writeTemp('bad.json', '{"meta": 1}')], {
      encoding: 'utf8',
    });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/meta: expected object, got number 1/);
  });
});

describe('public/schema/story.schema.json', () => {
  it('is up to date with the zod schemas', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/schema.ts', '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('data/README.md', () => {
  it('shows an example story that is valid', () => {
    const doc = readFileSync('data/README.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = loadStory(example ?? '');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
