// Which story the app opens with: `?data=<url>` when given, else the default story, which ships with
// the bundle as its own chunk (the app's origin only: works in a sandboxed iframe, and is inlined
// in the single-file build for file://).
//
// The default story was validated when the app was built (scripts/validate-stories.ts fails the
// build otherwise), so it is used as it is; the validator (zod, the JSON error locator) is loaded
// only for a story from elsewhere, which is validated in full.
import type { Story } from '../schema/story.ts';
import type { StoryResult } from '../schema/validate.ts';

export interface Loaded {
  readonly result: StoryResult;
  /** Where the story came from: a URL or file name, or undefined for the bundled default. */
  readonly origin?: string;
  /** Opened from a file the reader dropped or picked: the page URL's date and actor are not its. */
  readonly file?: boolean;
}

/** The bundled default story, checked at build time. */
export async function defaultStoryResult(): Promise<StoryResult> {
  const { default: story } = await import('../../../data/musk-altman.json');
  // The JSON module's inferred type is looser than Story (strings for dates and enums); the build
  // ran it through the validator, which is what makes this cast true.
  return { ok: true, story: story as unknown as Story };
}

/**
 * Starts loading the default story's chunk at once when the page will show it (no `?data=`), so
 * it arrives while the app mounts instead of after; {@link initialStory} then finds it loaded.
 * Returns whether it will.
 */
export function prefetchDefaultStory(search: string): boolean {
  const data = new URLSearchParams(search).get('data');
  const isDefault = data === null || data.trim() === '';
  if (isDefault) void defaultStoryResult();
  return isDefault;
}

export async function initialStory(
  search: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Loaded> {
  const data = new URLSearchParams(search).get('data');
  if (data === null || data.trim() === '') return { result: await defaultStoryResult() };
  const { fetchStory } = await import('./fetch-story.ts');
  return { result: await fetchStory(data, base, fetchImpl), origin: data };
}
