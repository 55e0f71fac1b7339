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

/**
 * The bundled default story, checked and laid out at build time (loaded once). Never rejects:
 * should its chunk fail to load (a dropped connection, a stale deploy), the result says so, and a
 * later call tries again.
 */
export function defaultStory(): Promise<Loaded> {
  bundled ??= loadDefault();
  return bundled;
}

async function loadDefault(): Promise<Loaded> {
  // Both chunks at once; the two specifiers name the same file. The layouts only spare the page
  // the work: without them (their chunk failed to load) the story is laid out here, like any other.
  const layoutChunk = import('../../../data/musk-altman.json?layout').catch(() => undefined);
  let json: unknown;
  try {
    ({ default: json } = await import('../../../data/musk-altman.json'));
  } catch (error) {
    bundled = undefined;
    return notLoaded('the bundled story', error);
  }
  // The JSON module's type is looser than Story (strings for dates and enums); the build ran it
  // through the validator, which is what makes this cast true.
  const story = json as Story;
  const prelaid = await layoutChunk;
  let layouts: KeyframeLayout[] | undefined;
  try {
    layouts = prelaid && unprelay(story, prelaid.default);
  } catch {
    layouts = undefined; // data that does not fit the story: lay it out instead
  }
  return { result: { ok: true, story }, layouts };
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

/**
 * The story the page opens with: `?data=`'s, fetched and validated, else the bundled one. Never
 * rejects: a story or a chunk of the app that cannot be loaded is reported as the story's problem.
 */
export async function initialStory(
  search: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Loaded> {
  const data = new URLSearchParams(search).get('data');
  if (data === null || data.trim() === '') return defaultStory();
  let fetchStory: typeof import('./fetch-story.ts').fetchStory;
  try {
    ({ fetchStory } = await import('./fetch-story.ts'));
  } catch (error) {
    return { ...notLoaded('the story loader', error), origin: data };
  }
  return { result: await fetchStory(data, base, fetchImpl), origin: data };
}

/** A Loaded that says `what` could not be loaded, and why (a chunk's failed download). */
export function notLoaded(what: string, error: unknown): Loaded {
  const reason = error instanceof Error ? error.message : String(error);
  const message = `${what} could not be loaded (${reason}); reload the page`;
  return { result: { ok: false, problems: [{ path: '', message }] } };
}
