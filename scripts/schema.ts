// `npm run schema`: writes the JSON Schema of the story format, generated from the zod schemas, to
// public/schema/story.schema.json so editors autocomplete and check stories as authors type.
// `--check` exits 1 when the committed file is out of date (run by the unit tests too).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { storyJsonSchema } from '../src/lib/schema/json-schema.ts';

const target = new URL('../public/schema/story.schema.json', import.meta.url);
const text = `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: reported below as out of date
  }
  if (current !== text) {
    process.stderr.write('public/schema/story.schema.json is out of date: run npm run schema\n');
    process.exit(1);
  }
} else {
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target.pathname} (${text.length} bytes)\n`);
}
