// Keyframe layout time per story, in Node, with the app's own layoutKeyframes — in a child process
// (layout-child.ts) so that a story too big for the time limit is killed and recorded as a timeout.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Outcome } from './browser.ts';
import type { Displacement } from './stability.ts';

export interface LayoutResult extends Displacement {
  /** Story text → validated Story (ms): what the app also does at load. */
  readonly validateMs: number;
  readonly timelineMs: number;
  /** layoutKeyframes over every keyframe (ms). */
  readonly layoutMs: number;
  readonly keyframes: number;
}

const CHILD = fileURLToPath(new URL('./layout-child.ts', import.meta.url));

/** Lays out the story in `file`; at most `limitMs`. */
export function measureLayout(file: string, limitMs: number): Promise<Outcome<LayoutResult>> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done({ ok: false, error: 'timeout', message: `over ${(limitMs / 1000).toFixed(0)} s` });
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (child.killed) return;
      if (code !== 0) {
        done({ ok: false, error: 'error', message: err.trim().split('\n').slice(-3).join(' ') });
        return;
      }
      try {
        done({ ok: true, value: JSON.parse(out) as LayoutResult });
      } catch {
        done({ ok: false, error: 'error', message: `unreadable output: ${out.slice(0, 200)}` });
      }
    });
  });
}
