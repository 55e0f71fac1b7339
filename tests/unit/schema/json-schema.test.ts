import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from '../../../src/lib/schema/json-schema.ts';

// Built inside each test, not once for the file: Stryker counts what a test itself runs.
describe('storyJsonSchema', () => {
  it('is a draft 2020-12 schema with our title and description', () => {
    const schema = storyJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Tielines story');
    expect(schema.description).toBe(
      'A Tielines story: actors, dated events and the ties they set. See data/README.md.',
    );
  });

  it('describes the story object: three required parts, nothing else', () => {
    const schema = storyJsonSchema();
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['meta', 'actors', 'events']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties as object)).toEqual([
      '$schema',
      'meta',
      'actors',
      'events',
    ]);
  });
});
