import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../scripts/compile-hints.ts';

type Output = Rolldown.OutputBundle[string][];

const root = mkdtempSync(join(tmpdir(), 'tielines-hints-'));

/** Builds a tiny app whose entry loads a chunk with a stylesheet (so Vite writes its preload table). */
async function buildApp(hints: boolean, sourcemap: true | 'inline'): Promise<Output> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: hints ? [compileHints()] : [],
    build: { write: false, sourcemap, rolldownOptions: { input: join(root, 'main.js') } },
  });
  if (Array.isArray(result) || !('output' in result)) throw new Error('expected one build output');
  return result.output;
}

const entryOf = (output: Output) => {
  const entry = output.find((f) => f.type === 'chunk' && f.isEntry);
  if (entry?.type !== 'chunk') throw new Error('no entry chunk');
  return entry;
};
const mapFile = (output: Output) => {
  const file = output.find(
    (f) => f.type === 'asset' && f.fileName === `${entryOf(output).fileName}.map`,
  );
  if (file?.type !== 'asset') throw new Error('no map file');
  return JSON.parse(String(file.source)) as { mappings: string };
};
const inlineMap = (code: string) => {
  const base64 = /sourceMappingURL=data:application\/json;charset=utf-8;base64,(\S+)\s*$/.exec(
    code,
  )?.[1];
  return JSON.parse(Buffer.from(base64 ?? '', 'base64').toString('utf8')) as { mappings: string };
};

let withHints: Output;
let without: Output;
let inline: Output;

beforeAll(async () => {
  writeFileSync(join(root, 'main.js'), "void import('./late.js').then((m) => m.go());\n");
  writeFileSync(join(root, 'late.js'), "import './late.css';\nexport const go = () => 1;\n");
  writeFileSync(join(root, 'late.css'), '.late { color: red }\n');
  [withHints, without, inline] = await Promise.all([
    buildApp(true, true),
    buildApp(false, true),
    buildApp(true, 'inline'),
  ]);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('compileHints', () => {
  it('puts the hint first in the entry chunk, above Vite’s preload table, and nowhere else', () => {
    const lines = entryOf(withHints).code.split('\n');
    expect(lines[0]).toBe(COMPILE_HINT);
    expect(lines[1]).toMatch(/^const __vite__mapDeps=/);
    expect(entryOf(without).code.split('\n')[0]).toMatch(/^const __vite__mapDeps=/);
    const others = withHints.filter((f) => f.type === 'chunk' && !f.isEntry);
    expect(others.length).toBeGreaterThan(0);
    for (const chunk of others)
      expect(chunk.type === 'chunk' && chunk.code).not.toContain(COMPILE_HINT);
  });

  it('moves the entry’s source map down the line it adds: file, object and inline', () => {
    const before = mapFile(without).mappings;
    expect(before).not.toBe('');
    expect(mapFile(withHints).mappings).toBe(`;${before}`);
    expect(entryOf(withHints).map?.mappings).toBe(`;${before}`);
    const code = entryOf(inline).code;
    expect(code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(inlineMap(code).mappings).toBe(`;${before}`);
  });
});
