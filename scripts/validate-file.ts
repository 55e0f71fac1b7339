// Validates story files on disk for the CLI (scripts/validate.ts): the same validator the app runs.
import { readFileSync } from 'node:fs';
import { formatProblem } from '../src/lib/schema/problems.ts';
import { loadStory } from '../src/lib/schema/validate.ts';
import { timelineOf } from '../src/lib/timeline/timeline.ts';

/** Reads and validates one file; `lines` are what the CLI prints ("file: path: message" or a summary). */
export function validateFile(file: string): { ok: boolean; lines: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { ok: false, lines: [`${file}: cannot read the file (${reason})`] };
  }
  const result = loadStory(text);
  if (!result.ok) {
    const n = result.problems.length;
    return {
      ok: false,
      lines: [
        ...result.problems.map((p) => `${file}: ${formatProblem(p)}`),
        `${file}: ${n} problem${n === 1 ? '' : 's'}`,
      ],
    };
  }
  const { story } = result;
  const tl = timelineOf(story);
  const ties = story.events.reduce((n, e) => n + (e.ties?.length ?? 0), 0);
  const [from, to] = tl.domain.map((t) => new Date(t).toISOString().slice(0, 10));
  return {
    ok: true,
    lines: [
      `${file}: valid — ${story.actors.length} actors, ${story.events.length} events, ${ties} tie changes, ${story.meta.chapters?.length ?? 0} chapters, ${from} to ${to}`,
    ],
  };
}
