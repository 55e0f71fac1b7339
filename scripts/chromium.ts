// Where the system Chromium is, and the flags it needs on a closed network as root.
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** `$CHROMIUM_PATH` if set, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export function chromiumInstalled(): boolean {
  return existsSync(chromiumPath());
}

/** Headless flags: no sandbox (root), no GPU, and no background calls out of a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
