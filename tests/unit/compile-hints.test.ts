import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../scripts/compile-hints.ts';

/** Builds a tiny app whose entry loads a chunk with a stylesheet (so Vite writes its preload table). */
async function buildApp(): Promise<Rolldown.OutputBundle[string][]> {
  const root = mkdtempSync(join(tmpdir(), 'tielines-hints-'));
  writeFileSync(join(root, 'main.js'), "void import('./late.js').then((m) => m.go());\n");
  writeFileSync(join(root, 'late.js'), "import './late.css';\nexport const go = () => 1;\n");
  writeFileSync(join(root, 'late.css'), '.late { color: red }\n');
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [compileHints()],
    build: { write: false, sourcemap: true, rollupOptions: { input: join(root, 'main.js') } },
  });
  if (Array.isArray(result) || !('output' in result)) throw new Error('expected one build output');
  return result.output;
}

describe('compileHints', () => {
  it('puts the hint first in the entry chunk, above Vite’s preload table, and nowhere else', async () => {
    const output = await buildApp();
    const chunks = output.filter((f) => f.type === 'chunk');
    const entry = chunks.find((c) => c.isEntry);
    const lines = entry?.code.split('\n') ?? [];
    expect(lines[0]).toBe(COMPILE_HINT);
    expect(lines[1]).toMatch(/^const __vite__mapDeps=/);
    const others = chunks.filter((c) => !c.isEntry);
    expect(others.length).toBeGreaterThan(0);
    for (const chunk of others) expect(chunk.code).not.toContain(COMPILE_HINT);
  });

  it('shifts the entry’s source map by the line it adds', async () => {
    const output = await buildApp();
    const entry = output.find((f) => f.type === 'chunk' && f.isEntry);
    const map = output.find((f) => f.type === 'asset' && f.fileName === `${entry?.fileName}.map`);
    const mappings = (
      JSON.parse(String(map?.type === 'asset' ? map.source : '{}')) as {
        mappings: string;
      }
    ).mappings;
    const code = entry?.type === 'chunk' ? entry.code : '';
    // One group of mappings per generated line: the code's `import(` is on the line the map says.
    const groups = mappings.split(';');
    const line = code.split('\n').findIndex((l) => l.includes('import('));
    expect(line).toBeGreaterThan(1);
    expect(groups[line]).toMatch(/\S/);
    expect(groups.slice(0, 2)).toEqual(['', '']);
  });
});
