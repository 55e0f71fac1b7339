// Which story the app opens with: `?data=<url>` when given, else the default story, which ships with
// the bundle as its own chunk (the app's origin only: works in a sandboxed iframe, and is inlined
// in the single-file build for file://). Validated either way.
import type { StoryResult } from '../schema/validate.ts';
import { validateStory } from '../schema/validate.ts';
import { fetchStory } from './fetch-story.ts';

export interface Loaded {
  readonly result: StoryResult;
  /** Where the story came from: a URL, or undefined for the bundled default. */
  readonly origin?: string;
}

/** Loads and validates the bundled default story (the JSON import is `unknown` until parsed). */
export async function defaultStoryResult(): Promise<StoryResult> {
  const { default: story } = await import('../../../data/musk-altman.json');
  return validateStory(story as unknown);
}

export async function initialStory(
  search: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Loaded> {
  const data = new URLSearchParams(search).get('data');
  if (data === null || data.trim() === '') return { result: await defaultStoryResult() };
  return { result: await fetchStory(data, base, fetchImpl), origin: data };
}
