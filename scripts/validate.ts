// `npm run validate -- <story.json> [...]`: prints every problem as "path: message" and exits 1,
// or a one-line summary per valid story and exits 0.
import { validateFile } from './validate-file.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run validate -- <story.json> [more.json ...]\n');
  process.exit(2);
}
let ok = true;
for (const file of files) {
  const result = validateFile(file);
  ok &&= result.ok;
  (result.ok ? process.stdout : process.stderr).write(`${result.lines.join('\n')}\n`);
}
process.exit(ok ? 0 : 1);
