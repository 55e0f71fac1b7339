// Builds what the benchmark serves: the app (the production build, into bench/dist/app so a
// benchmark never races `npm test` over dist/) and the peer pages (bench/peers/dist).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const ROOT = join(import.meta.dirname, '..');
export const APP_DIST = join(ROOT, 'bench', 'dist', 'app');
export const PEERS_DIST = join(ROOT, 'bench', 'peers', 'dist');
export const STORIES_DIR = join(ROOT, 'bench', 'dist', 'stories');

function vite(args: readonly string[]): void {
  const run = spawnSync('npx', ['vite', 'build', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`npx vite build ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  }
}

/** `npx vite build` of the app (with its manifest: see storyChunks) and of the peers. */
export function buildAll(): void {
  vite(['--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn', '--manifest']);
  vite(['--config', join('bench', 'peers', 'vite.config.ts')]);
}

/**
 * Where the app lays out: the built JS either creates a Worker or everything (the keyframe layout
 * included) runs on the main thread.
 */
export function layoutThread(): 'main thread' | 'worker' {
  const assets = join(APP_DIST, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  return js.some((f) => /new Worker\(/.test(readFileSync(join(assets, f), 'utf8')))
    ? 'worker'
    : 'main thread';
}

/** The part of a Vite manifest entry read here (build.manifest: `<outDir>/.vite/manifest.json`). */
const Manifest = z.record(z.string(), z.object({ file: z.string(), src: z.string().optional() }));

/**
 * The built app's chunks that are story data: JS files (absolute paths) whose manifest entry's
 * `src` is a .json file — the default story, bundled so that the first view needs no fetch.
 */
export function storyChunks(): Set<string> {
  const text = readFileSync(join(APP_DIST, '.vite', 'manifest.json'), 'utf8');
  const manifest = Manifest.parse(JSON.parse(text) as unknown);
  return new Set(
    Object.values(manifest)
      .filter((entry) => entry.src?.endsWith('.json') && entry.file.endsWith('.js'))
      .map((entry) => join(APP_DIST, entry.file)),
  );
}
