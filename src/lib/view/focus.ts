// Pure: the focused neighbourhood — which actors stand out around the hovered or selected actor,
// and which get a label. No DOM, no Svelte.
import type { Tie } from '../timeline/timeline.ts';

type Ends = Pick<Tie, 'source' | 'target'>;

/**
 * The focus actor and every actor tied to it in `ties`, or undefined when nothing is focused (then
 * nothing is dimmed). The focus is in the set even when it has no ties.
 */
export function neighbourhood(
  ties: readonly Ends[],
  focus: string | undefined,
): ReadonlySet<string> | undefined {
  if (focus === undefined) return undefined;
  const out = new Set<string>([focus]);
  for (const t of ties) {
    if (t.source === focus) out.add(t.target);
    else if (t.target === focus) out.add(t.source);
  }
  return out;
}

/** Why an actor is labelled, strongest first. */
export type LabelRole = 'focus' | 'selected' | 'neighbour' | 'involved';

export interface LabelChoice {
  readonly id: string;
  readonly role: LabelRole;
}

/** At most this many actor labels at once (canvas renderer): more would overlap into a blur. */
export const MAX_LABELS = 40;

export interface LabelOptions {
  /** The hovered actor, else the selected one. */
  readonly focus: string | undefined;
  readonly selected: string | undefined;
  /** The focus's neighbourhood (from `neighbourhood`). */
  readonly neighbours: ReadonlySet<string> | undefined;
  /** Actors of the current event(s). */
  readonly involved: Iterable<string>;
  /** Whether an actor is drawn now (present and laid out); others get no label. */
  readonly drawn: (id: string) => boolean;
  /** Cap on the number of labels; default MAX_LABELS. */
  readonly max?: number;
}

/**
 * The actors to label, each once with its strongest role: the focus, the selected actor, the
 * focus's neighbours, then the actors of the current event(s) (dimmed while something else is
 * focused, so they come last) — cut at `max`, in that order.
 */
export function chooseLabels(options: LabelOptions): LabelChoice[] {
  const max = options.max ?? MAX_LABELS;
  const out: LabelChoice[] = [];
  const seen = new Set<string>();
  const add = (id: string | undefined, role: LabelRole) => {
    if (id === undefined || out.length >= max || seen.has(id) || !options.drawn(id)) return;
    seen.add(id);
    out.push({ id, role });
  };
  add(options.focus, 'focus');
  add(options.selected, 'selected');
  for (const id of options.neighbours ?? []) add(id, 'neighbour');
  for (const id of options.involved) add(id, 'involved');
  return out;
}

/** At most this many relation labels at once (canvas renderer). */
export const MAX_TIE_LABELS = 12;

/**
 * The ties whose relation is written on the drawing, as the SVG renderer does: with a focus, the
 * focus's own ties; without one, the ties between actors of the current event(s). At most `max`.
 */
export function chooseTieLabels<T extends Ends>(
  ties: readonly T[],
  focus: string | undefined,
  involved: ReadonlySet<string>,
  max = MAX_TIE_LABELS,
): T[] {
  const out: T[] = [];
  for (const t of ties) {
    if (out.length >= max) break;
    const shown =
      focus !== undefined
        ? t.source === focus || t.target === focus
        : involved.has(t.source) && involved.has(t.target);
    if (shown) out.push(t);
  }
  return out;
}

/** A label's box on screen (CSS px): `x` is its centre, `y` its top. */
export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Rough width (px) of a one-line label of `text` at `fontSize` px, without measuring the DOM. */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58 + fontSize * 0.4;
}

/**
 * Which labels to show, in priority order: each one that does not overlap a label already shown
 * (greedy, so the strongest labels win). Quadratic, for the few dozen labels there are.
 */
export function visibleLabels(boxes: readonly LabelBox[]): boolean[] {
  const shown: LabelBox[] = [];
  return boxes.map((b) => {
    const clear = shown.every(
      (s) =>
        Math.abs(s.x - b.x) * 2 >= s.width + b.width ||
        b.y >= s.y + s.height ||
        s.y >= b.y + b.height,
    );
    if (clear) shown.push(b);
    return clear;
  });
}
