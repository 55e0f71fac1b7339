// Which story the app opens with: `?data=<url>` when given, else the default story, which ships inside
// the bundle (no request; works in a sandboxed iframe and from file://). Validated either way.
import defaultStory from '../../../data/musk-altman.json';
import type { StoryResult } from '../schema/validate.ts';
import { validateStory } from '../schema/validate.ts';
import { fetchStory } from './fetch-story.ts';

export interface Loaded {
  readonly result: StoryResult;
  /** Where the story came from: a URL, or undefined for the bundled default. */
  readonly origin?: string;
}

/** Validates the bundled default story (the JSON import is `unknown` until parsed). */
export function defaultStoryResult(): StoryResult {
  return validateStory(defaultStory as unknown);
}

export async function initialStory(
  search: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Loaded> {
  const data = new URLSearchParams(search).get('data');
  if (data === null || data.trim() === '') return { result: defaultStoryResult() };
  return { result: await fetchStory(data, base, fetchImpl), origin: data };
}
