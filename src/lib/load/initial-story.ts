// Which story the app opens with: `?data=<url>` when given, else the default story, which ships with
// the bundle as its own chunk (the app's origin only: works in a sandboxed iframe, and is inlined
// in the single-file build for file://).
//
// The default story was validated when the app was built (scripts/validate-stories.ts fails the
// build otherwise), so it is used as it is; the validator (zod, the JSON error locator) is loaded
// only for a story from elsewhere, which is validated in full. Its keyframes were laid out then too
// (scripts/prelaid-layouts.ts): they come with it, and its first view runs no layout code.
import type { KeyframeLayout } from '../layout/keyframe-layout.ts';
import { unprelay } from '../layout/prelaid.ts';
import type { Story } from '../schema/story.ts';
import type { StoryResult } from '../schema/validate.ts';

export interface Loaded {
  readonly result: StoryResult;
  /** Where the story came from: a URL or file name, or undefined for the bundled default. */
  readonly origin?: string;
  /** Opened from a file the reader dropped or picked: the page URL's date and actor are not its. */
  readonly file?: boolean;
  /** Every keyframe's layout, when known already (the bundled story's, from the build). */
  readonly layouts?: readonly KeyframeLayout[];
}

let bundled: Promise<Loaded> | undefined;

/** The bundled default story, checked and laid out at build time (loaded once). */
export function defaultStory(): Promise<Loaded> {
  bundled ??= loadDefault();
  return bundled;
}

async function loadDefault(): Promise<Loaded> {
  const [{ default: json }, { default: prelaid }] = await Promise.all([
    import('../../../data/musk-altman.json'),
    import('../../../data/musk-altman.json?layout'),
  ]);
  // The JSON module's inferred type is looser than Story (strings for dates and enums); the build
  // ran it through the validator, which is what makes this cast true.
  const story = json as unknown as Story;
  return { result: { ok: true, story }, layouts: unprelay(story, prelaid) };
}

/**
 * Starts loading the default story's chunk at once when the page will show it (no `?data=`), so
 * it arrives while the app mounts instead of after; {@link initialStory} then finds it loaded.
 * Returns whether it will.
 */
export function prefetchDefaultStory(search: string): boolean {
  const data = new URLSearchParams(search).get('data');
  const isDefault = data === null || data.trim() === '';
  if (isDefault) void defaultStory();
  return isDefault;
}

export async function initialStory(
  search: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Loaded> {
  const data = new URLSearchParams(search).get('data');
  if (data === null || data.trim() === '') return defaultStory();
  const { fetchStory } = await import('./fetch-story.ts');
  return { result: await fetchStory(data, base, fetchImpl), origin: data };
}
