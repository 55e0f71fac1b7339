// Fails the browser tests with one clear line when Chromium is missing — never a silent skip.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  process.stderr.write(
    `Chromium not found at ${path}: install it with "sudo apt-get update && sudo apt-get install -y chromium" or set CHROMIUM_PATH.\n`,
  );
  process.exit(1);
}
