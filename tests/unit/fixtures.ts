// Loads test stories from tests/fixtures through the real validator, so a broken fixture fails loudly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory } from '../../src/lib/schema/validate.ts';
import type { Story } from '../../src/lib/schema/story.ts';

export function fixturePath(name: string): string {
  // From the project root (vitest's cwd): import.meta.url is not a file: URL under jsdom.
  return join(process.cwd(), 'tests', 'fixtures', name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function loadFixture(name: string): Story {
  const result = loadStory(readFixture(name));
  if (!result.ok) throw new Error(`${name} is invalid: ${JSON.stringify(result.problems)}`);
  return result.story;
}

/** A deep copy of a fixture's raw JSON, to break in tests. */
export function rawFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFixture(name)) as Record<string, unknown>;
}
