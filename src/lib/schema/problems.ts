// Pure: problems found in a story, and how their locations are written. No DOM, no Svelte.
import { closest, distance } from 'fastest-levenshtein';

/** One thing wrong with a story: where (`events[12].ties[0].target`) and what. */
export interface Problem {
  /** A path into the JSON, written as in JavaScript; "" for the file as a whole. */
  readonly path: string;
  readonly message: string;
  /** 1-based line and column, for JSON syntax errors. */
  readonly line?: number;
  readonly column?: number;
}

/** `text` cut to `max` characters, with "…" when it was longer: keeps runaway input out of messages. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Writes a path as JavaScript would: ['events', 12, 'ties', 0] → "events[12].ties[0]". A key longer
 * than any valid id (100) is clipped: it is junk, and must not flood the problem list.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key) && key.length <= 100)
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(clip(String(key), 100))}]`;
  }
  return out;
}

/** "path: message", or "line L, column C: message" for syntax errors — the CLI's line format. */
export function formatProblem(p: Problem): string {
  const where =
    p.line !== undefined ? `line ${p.line}, column ${p.column ?? 1}` : p.path || '(file)';
  return `${where}: ${p.message}`;
}

/**
 * The closest of `candidates` to `word`, when it is close enough to be a likely typo
 * (edit distance at most a third of the word, and at least 1).
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  const d = distance(word, best);
  return d > 0 && d <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** ` (did you mean "x"?)` or "" — appended to a message about an unknown name. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const best = didYouMean(word, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
