// Pure: the story format as JSON Schema (draft 2020-12), generated from the zod schemas so the two
// cannot drift. Used by scripts/schema.ts; not part of the app bundle.
import * as z from 'zod/mini';
import { storySchema } from './story.ts';

export function storyJsonSchema(): Record<string, unknown> {
  // `io: 'input'` describes what authors write (before zod's trimming); cross-field rules such as
  // "every referenced actor exists" cannot be expressed here and are checked by `npm run validate`.
  const schema = z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'Tielines story',
    description:
      'A Tielines story: actors, dated events and the ties they set. See data/README.md.',
  };
}
