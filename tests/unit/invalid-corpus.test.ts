// Every broken story in tests/fixtures/invalid gives exactly the problems expected.json promises,
// through the CLI's own core (validateFile) and the CLI process; cases too large to commit (20 MB,
// 100,000 nested lists, strings far over the limit) are generated here. Also the loader defects the
// corpus exposed: a BOM lost by the browser's decoder, and a broken download that threw.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFile } from '../../scripts/validate-file.ts';
import { fetchStory, readStoryFile } from '../../src/lib/load/fetch-story.ts';
import type { StoryResult } from '../../src/lib/schema/validate.ts';
import {
  CASE_NAME,
  CORPUS_DIR,
  SUPPORT_FILES,
  corpusCases,
  corpusFiles,
  expectedProblems,
} from '../fixtures/invalid/corpus.ts';
import { fixturePath, readFixture } from './fixtures.ts';

const cases = corpusCases();
const expected = expectedProblems();
const tiny = readFixture('tiny.json');
const NESTED = 100_000;
const huge = (n: number) => 'k'.repeat(n);

/** Broken stories generated rather than committed: name, text, expected problem lines. */
const generated: [string, () => string, string[]][] = [
  [
    '20-mb-file.json',
    () => tiny.replace('They met around 2010.', huge(20 * 1024 * 1024)),
    ['(file): the file is 20.0 MB; stories are limited to 10.0 MB'],
  ],
  [
    'nested-lists.json',
    () => '['.repeat(NESTED) + ']'.repeat(NESTED),
    ['(file): expected object, got a list'],
  ],
  [
    'nested-lists-in-a-field.json',
    () =>
      tiny.replace(
        '"approximate": true',
        `"approximate": ${'['.repeat(NESTED)}${']'.repeat(NESTED)}`,
      ),
    ['events[1].approximate: expected boolean, got a list'],
  ],
  [
    'nested-lists-unclosed.json',
    () => tiny.replace('"approximate": true', `"approximate": ${'['.repeat(NESTED)}`),
    // Line 42 is `"approximate": [[[…`; the 500-level limit is passed at its 498th "[".
    [
      'line 42, column 519: invalid JSON: lists and objects nested more than 500 deep (a story needs only a few levels)',
    ],
  ],
  [
    'huge-title.json',
    () => tiny.replace('"en": "Two founders"', `"en": "${huge(1024 * 1024)}"`),
    ['meta.title.en: is longer than 20000 characters'],
  ],
  [
    'huge-unknown-field.json',
    () => tiny.replace('"meta": {', `"${huge(25_000)}": 1,\n  "meta": {`),
    [`(file): unknown field "${huge(40)}…"`],
  ],
  [
    'huge-relation-name.json',
    () => tiny.replace('"mentor": {', `"${huge(25_000)}": {`),
    [
      `meta.relations["${huge(100)}…"]: "${huge(40)}" is not a valid id: use letters, digits, "-", "_" or "." (at most 100)`,
    ],
  ],
  [
    'huge-url.json',
    () =>
      tiny.replace(
        '"language": "en" }',
        `"language": "en", "url": "https://example.org/${huge(25_000)}" }`,
      ),
    ['meta.sources[0].url: is longer than 20000 characters'],
  ],
];

/** The lines validateFile gives for a file whose problems are `problems`. */
const report = (file: string, problems: readonly string[]) => [
  ...problems.map((p) => `${file}: ${p}`),
  `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
];

// Written once before the generated cases run (20 MB of it), removed after.
const tempDir = mkdtempSync(join(tmpdir(), 'tielines-invalid-'));
const tempFile = (name: string) => join(tempDir, name);

describe('the invalid-story corpus', () => {
  it('has at least 40 cases, each with its expected problems and nothing else', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(cases);
    expect(corpusFiles().filter((f) => !CASE_NAME.test(f))).toEqual([...SUPPORT_FILES]);
    expect(new Set(cases.map((c) => c.slice(0, 2))).size).toBe(cases.length);
  });

  it.each(cases)('%s', (name) => {
    const file = join(CORPUS_DIR, name);
    const result = validateFile(file);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(report(file, expected[name] ?? []));
  });
});

describe('generated broken stories', () => {
  beforeAll(() => generated.forEach(([name, make]) => writeFileSync(tempFile(name), make())));
  afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

  it.each(generated)('%s', (name, _make, problems) => {
    const result = validateFile(tempFile(name));
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual(report(tempFile(name), problems));
  });

  it('the CLI exits 1 on every broken story and 0 on tiny.json', () => {
    const cli = (...args: string[]) =>
      spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], { encoding: 'utf8' });
    const big = ['20-mb-file.json', 'nested-lists-unclosed.json'];
    const broken = cli(...cases.map((c) => join(CORPUS_DIR, c)), ...big.map(tempFile));
    expect(broken.status).toBe(1);
    const lines = broken.stderr.split('\n');
    for (const name of cases)
      expect(lines).toEqual(
        expect.arrayContaining(report(join(CORPUS_DIR, name), expected[name] ?? [])),
      );
    for (const [name, , problems] of generated.filter(([name]) => big.includes(name)))
      expect(lines).toEqual(expect.arrayContaining(report(tempFile(name), problems)));
    const fine = cli(fixturePath('tiny.json'));
    expect(fine.status).toBe(0);
    expect(fine.stdout).toMatch(/valid — 4 actors/);
  });
});

describe('the loader keeps what the CLI sees', () => {
  const problemsOf = (result: StoryResult) =>
    result.ok ? [] : result.problems.map((p) => p.message);
  const bom = '\uFEFF' + tiny;
  const BOM_PROBLEM = /byte-order mark/;

  it('a fetched story keeps its BOM (the browser decoder would drop it silently)', async () => {
    const result = await fetchStory('s.json', 'http://localhost/', async () => new Response(bom));
    expect(problemsOf(result)).toEqual([expect.stringMatching(BOM_PROBLEM)]);
  });

  it('a dropped file keeps its BOM', async () => {
    expect(problemsOf(await readStoryFile(new Blob([bom])))).toEqual([
      expect.stringMatching(BOM_PROBLEM),
    ]);
  });

  it('a download that breaks off is a problem, not a thrown error', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(tiny.slice(0, 100)));
        controller.error(new TypeError('network error'));
      },
    });
    const result = await fetchStory('s.json', 'http://localhost/', async () => new Response(body));
    expect(problemsOf(result)).toEqual([
      'could not read http://localhost/s.json: the download broke off before the end',
    ]);
  });

  it('a story over 10 MB without a Content-Length is refused after reading', async () => {
    const big = generated[0]?.[1]() ?? '';
    const result = await fetchStory('s.json', 'http://localhost/', async () => new Response(big));
    expect(problemsOf(result)).toEqual(['the file is 20.0 MB; stories are limited to 10.0 MB']);
  });
});
