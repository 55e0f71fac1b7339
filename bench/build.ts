// Builds what the benchmark serves: the app (the production build, into bench/dist/app so a
// benchmark never races `npm test` over dist/) and the peer pages (bench/peers/dist).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** `npx vite build` of the app and of the peers. */
export function buildAll(): void {
  vite(['--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn']);
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
