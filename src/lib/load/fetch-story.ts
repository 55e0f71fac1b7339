// Loading a story from a URL (`?data=`) or a dropped file, through the one validator. Plain TS: the
// fetch function is injected so tests and the app share it. Never throws: failures become problems.
import { formatPath, type Problem } from '../schema/problems.ts';
import { MAX_STORY_CHARS } from '../schema/json-text.ts';
import { loadStory, type StoryResult } from '../schema/validate.ts';

const fail = (message: string): StoryResult => ({
  ok: false,
  problems: [{ path: formatPath([]), message }],
});

/**
 * Resolves `?data=` against the page and accepts only http(s) URLs: a `javascript:` or `data:`
 * URL is refused before anything is fetched.
 */
export function resolveStoryUrl(raw: string, base: string): URL | Problem {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { path: '', message: `"${raw.slice(0, 80)}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { path: '', message: `only http(s) story URLs can be loaded, not ${url.protocol}` };
  }
  return url;
}

/** Fetches and validates a story. `maxChars` caps the size (default 10 MB). */
export async function fetchStory(
  raw: string,
  base: string,
  fetchImpl: typeof fetch = fetch,
  maxChars = MAX_STORY_CHARS,
): Promise<StoryResult> {
  const url = resolveStoryUrl(raw, base);
  if (!(url instanceof URL)) return { ok: false, problems: [url] };
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return fail(
      `could not fetch ${url.href}: the server did not answer, or it does not allow cross-origin loading (CORS)`,
    );
  }
  if (!response.ok)
    return fail(
      `could not fetch ${url.href}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > maxChars)
    return fail(
      `${url.href} is ${(length / 1048576).toFixed(1)} MB; stories are limited to ${(maxChars / 1048576).toFixed(1)} MB`,
    );
  let text: string;
  try {
    text = decode(await response.arrayBuffer());
  } catch {
    return fail(`could not read ${url.href}: the download broke off before the end`);
  }
  return loadStory(text, maxChars);
}

/** Reads and validates a dropped or chosen file. */
export async function readStoryFile(file: Blob, maxChars = MAX_STORY_CHARS): Promise<StoryResult> {
  if (file.size > maxChars)
    return fail(
      `the file is ${(file.size / 1048576).toFixed(1)} MB; stories are limited to ${(maxChars / 1048576).toFixed(1)} MB`,
    );
  let text: string;
  try {
    text = decode(await file.arrayBuffer());
  } catch {
    return fail('could not read the file');
  }
  return loadStory(text, maxChars);
}

/**
 * UTF-8 bytes as text, keeping a leading byte-order mark: `Response.text()` and `Blob.text()` drop
 * it silently, and the app would then accept a file that `npm run validate` refuses.
 */
function decode(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
