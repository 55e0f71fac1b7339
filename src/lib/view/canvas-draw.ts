// Drawing the network on a 2D canvas, for stories too large for SVG. No DOM lookups, no Svelte:
// the context, the positions and the colours are passed in, so a test can record the calls on a
// stand-in context.
//
// Speed comes from batching: the ties of one stance are one path (one stroke call for thousands of
// lines), the actors of one kind are one path (one fill, one stroke). The price is paint order
// inside a batch — where symbols of one kind overlap, every outline shows — which is invisible at
// the sizes this renderer is used for. Nothing is allocated per frame but a few numbers.
import type { ActorKind } from '../schema/story.ts';
import { ACTOR_KINDS } from '../schema/primitives.ts';
import type { GraphState } from '../timeline/timeline.ts';
import type { ZoomTransform } from './fit.ts';
import { MAX_RADIUS } from './fit.ts';
import { DIM_ALPHA, KIND_FILL, type Palette } from './palette.ts';
import { STANCE_DASH, symbolPath } from './symbols.ts';

export type Stance = keyof typeof STANCE_DASH;
/** Stances in drawing order: hostile ties last, on top. */
export const STANCES: readonly Stance[] = ['neutral', 'positive', 'negative'];

/**
 * Unit outline of each kind's symbol, taken from symbolPath so both renderers share one
 * definition: a polygon's vertices as x, y pairs, or null for the circle.
 */
const OUTLINES: Readonly<Record<ActorKind, Float64Array | null>> = Object.fromEntries(
  ACTOR_KINDS.map((kind) => {
    const d = symbolPath(kind, 100); // radius 100: the path's rounding to 0.01 becomes 1e-4
    if (d.includes('A')) return [kind, null];
    const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map((n) => Number(n) / 100);
    return [kind, Float64Array.from(numbers)];
  }),
) as Record<ActorKind, Float64Array | null>;

/** What the drawing calls on its context; CanvasRenderingContext2D has it all. */
export type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'globalAlpha'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'strokeStyle'
  | 'fillStyle'
>;

/**
 * Adds the outline of a `kind` symbol of radius `r` centred on (x, y) to the current path.
 *
 * A polygon ends with a line back to its first vertex, not closePath(): in Chromium each
 * closePath() costs time in proportion to the whole path so far, so a path of n symbols took
 * O(n²) (4,000 triangles: 64 ms against 0.5 ms, measured). Drawn with round joins and round caps
 * (drawScene), the open end and a closed corner cover the same shape.
 */
export function traceSymbol(ctx: Context2D, kind: ActorKind, x: number, y: number, r: number) {
  const outline = OUTLINES[kind];
  if (outline === null) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  const x0 = x + outline[0]! * r;
  const y0 = y + outline[1]! * r;
  ctx.moveTo(x0, y0);
  for (let i = 2; i < outline.length; i += 2)
    ctx.lineTo(x + outline[i]! * r, y + outline[i + 1]! * r);
  ctx.lineTo(x0, y0);
}

/**
 * The current graph in index form, rebuilt when the graph changes (once per keyframe, not per
 * frame): actors grouped by kind and ties grouped by stance, as index ranges into flat arrays.
 */
export interface Scene {
  /** Actor ids; an actor's index is its place here (the graph's order). */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Actor indices by kind: kind k (ACTOR_KINDS order) is byKind[kindStart[k] .. kindStart[k + 1]). */
  readonly byKind: Int32Array;
  readonly kindStart: Int32Array;
  readonly kindOf: Uint8Array;
  /** Per tie (the graph's order): its ends' actor indices, -1 when an end is not in the graph. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Tie indices by stance: stance s (STANCES order) is byStance[stanceStart[s] .. stanceStart[s + 1]). */
  readonly byStance: Int32Array;
  readonly stanceStart: Int32Array;
}

/** Indexes `graph`; `kindOf` names each actor's kind (unknown ids count as persons). */
export function indexScene(
  graph: Pick<GraphState, 'actors' | 'ties'>,
  kindOf: (id: string) => ActorKind | undefined,
): Scene {
  const ids = graph.actors;
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const kinds = new Uint8Array(ids.length);
  ids.forEach((id, i) => (kinds[i] = Math.max(0, ACTOR_KINDS.indexOf(kindOf(id) ?? 'person'))));
  const byKind = groupBy(kinds, ACTOR_KINDS.length);
  const n = graph.ties.length;
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  const stances = new Uint8Array(n);
  graph.ties.forEach((t, i) => {
    source[i] = indexOf.get(t.source) ?? -1;
    target[i] = indexOf.get(t.target) ?? -1;
    stances[i] = Math.max(0, STANCES.indexOf(t.stance));
  });
  const byStance = groupBy(stances, STANCES.length);
  return {
    ids,
    indexOf,
    byKind: byKind.order,
    kindStart: byKind.start,
    kindOf: kinds,
    source,
    target,
    byStance: byStance.order,
    stanceStart: byStance.start,
  };
}

/** Indices 0..n-1 grouped by their key (stable), with each group's start. */
function groupBy(keys: Uint8Array, groups: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(groups + 1);
  for (const k of keys) start[k + 1]! += 1;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, groups);
  const order = new Int32Array(keys.length);
  keys.forEach((k, i) => (order[next[k]!++] = i));
  return { order, start };
}

/** Symbols with a smaller radius (device px) are outlined but not filled, outside the focus. */
export const MIN_FILL_RADIUS = 4;

/** One frame's inputs besides the scene. */
export interface Frame {
  /** Fitted px of each actor by scene index; NaN = not drawn (no position yet). */
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly transform: ZoomTransform;
  /** The canvas's box (CSS px) and its device pixels per CSS px. */
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  /** Symbol radius (fitted px). */
  readonly radius: number;
  readonly palette: Palette;
  /** Scene index of the hovered-or-selected actor, or -1: then nothing is dimmed. */
  readonly focus: number;
  /** Per scene index, 1 when in the focus's neighbourhood (read only when focus ≥ 0). */
  readonly near: Uint8Array;
  /** Scene indices drawn with a heavy outline (actors of the current event). */
  readonly involved: readonly number[];
  /** Scene index of the selected actor (accent outline), or -1. */
  readonly selected: number;
}

/** Draws one frame: clears the canvas, then ties by stance, actors by kind, then the outlines. */
export function drawScene(ctx: Context2D, scene: Scene, frame: Frame): void {
  const { xs, ys, transform: t, dpr, radius, palette, focus, near } = frame;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, frame.width * dpr, frame.height * dpr);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  ctx.lineJoin = 'round';

  // Line widths, in fitted px. The many ordinary lines are one device px whatever the zoom:
  // Chromium's software rasteriser (no GPU, as in the benchmark) draws those as hairlines, 4× faster
  // than a 0.8 px line and 6–10× faster than a 2 px one (measured: 2,000 actors, 3,861 ties, 13 ms
  // against 60–110 ms a frame). The few highlighted lines follow the symbol size and the zoom as in
  // SVG (at MAX_RADIUS, its 2.5 px ties and 4 px outlines).
  const hair = 1 / (dpr * t.k);
  const unit = radius / MAX_RADIUS;
  const wide = Math.max(2.5 * unit, 2 * hair);

  // Ties: pass 0 draws everything outside the focus's own ties (dimmed when there is a focus), one
  // path per stance, thin, dashes in fixed screen lengths with flat ends (round ends and short
  // dashes each cost as much again); pass 1, only with a focus, the focus's ties, wide.
  const passes = focus >= 0 ? 2 : 1;
  for (let pass = 0; pass < passes; pass++) {
    ctx.globalAlpha = focus >= 0 && pass === 0 ? DIM_ALPHA : 1;
    ctx.lineCap = pass === 0 ? 'butt' : 'round';
    for (let s = 0; s < STANCES.length; s++) {
      const stance = STANCES[s]!;
      let any = false;
      ctx.beginPath();
      for (let j = scene.stanceStart[s]!, end = scene.stanceStart[s + 1]!; j < end; j++) {
        const tie = scene.byStance[j]!;
        const a = scene.source[tie]!;
        const b = scene.target[tie]!;
        if (a < 0 || b < 0) continue;
        if (focus >= 0 && (a === focus || b === focus) !== (pass === 1)) continue;
        const x1 = xs[a]!;
        const y1 = ys[a]!;
        const x2 = xs[b]!;
        const y2 = ys[b]!;
        if (x1 !== x1 || x2 !== x2 || y1 !== y1 || y2 !== y2) continue; // NaN: an end not drawn
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
        any = true;
      }
      if (!any) continue;
      ctx.strokeStyle = palette[stance];
      if (pass === 0) {
        ctx.lineWidth = hair;
        ctx.setLineDash(dash(stance, 1 / t.k)); // STANCE_DASH in CSS px on screen
      } else {
        ctx.lineWidth = stance === 'negative' ? wide * 1.2 : wide;
        ctx.setLineDash(dash(stance, wide / 2.5)); // as SVG: STANCE_DASH for a 2.5 px line
      }
      ctx.stroke();
    }
  }

  // Actors: one path per kind and pass (dimmed, then the focused neighbourhood), filled, with a
  // hairline outline. Symbols smaller than MIN_FILL_RADIUS device px are outlined only (the
  // focused neighbourhood is always filled): at that size the pale fill is barely seen while the
  // outline still shows the shape, and filling 5,000 of them costs as much as all the ties.
  const fillAll = radius * t.k * dpr >= MIN_FILL_RADIUS;
  ctx.setLineDash(NO_DASH);
  ctx.lineCap = 'round'; // with the round joins, a symbol's open end looks closed (traceSymbol)
  ctx.strokeStyle = palette.fg;
  ctx.lineWidth = hair;
  for (let pass = 0; pass < passes; pass++) {
    ctx.globalAlpha = focus >= 0 && pass === 0 ? DIM_ALPHA : 1;
    for (let k = 0; k < ACTOR_KINDS.length; k++) {
      const kind = ACTOR_KINDS[k]!;
      let any = false;
      ctx.beginPath();
      for (let j = scene.kindStart[k]!, end = scene.kindStart[k + 1]!; j < end; j++) {
        const i = scene.byKind[j]!;
        if (focus >= 0 && (near[i] === 1) !== (pass === 1)) continue;
        const x = xs[i]!;
        const y = ys[i]!;
        if (x !== x || y !== y) continue;
        traceSymbol(ctx, kind, x, y, radius);
        any = true;
      }
      if (!any) continue;
      if (fillAll || pass === 1) {
        ctx.fillStyle = KIND_FILL[kind];
        ctx.fill();
      }
      ctx.stroke();
    }
  }

  // Heavy outlines, one actor at a time (there are few): the event's actors, then the selection.
  ctx.lineWidth = Math.max(4 * unit, 2 * hair);
  for (const i of frame.involved) outline(ctx, scene, frame, i);
  if (frame.selected >= 0) {
    ctx.strokeStyle = palette.accent;
    outline(ctx, scene, frame, frame.selected);
  }
  ctx.globalAlpha = 1;
}

function outline(ctx: Context2D, scene: Scene, frame: Frame, i: number): void {
  const x = frame.xs[i]!;
  const y = frame.ys[i]!;
  if (x !== x || y !== y) return;
  ctx.globalAlpha = frame.focus >= 0 && frame.near[i] !== 1 ? DIM_ALPHA : 1;
  ctx.beginPath();
  traceSymbol(ctx, ACTOR_KINDS[scene.kindOf[i]!] ?? 'person', x, y, frame.radius);
  ctx.stroke();
}

const NO_DASH: number[] = [];
const DASH_UNITS: Readonly<Record<Stance, readonly number[]>> = {
  positive: [],
  neutral: STANCE_DASH.neutral.split(' ').map(Number),
  negative: STANCE_DASH.negative.split(' ').map(Number),
};
/** Scaled dash arrays, the last two scales per stance (a frame uses at most two), reused as long
 *  as the scale holds: no allocation per frame. */
const dashCache = new Map<Stance, { scale: number; dash: number[] }[]>();

/** The stance's dash pattern (STANCE_DASH) scaled by `scale`; the same array while `scale` holds. */
export function dash(stance: Stance, scale: number): number[] {
  const entries = dashCache.get(stance) ?? [];
  const hit = entries.find((e) => e.scale === scale);
  if (hit) return hit.dash;
  const made = DASH_UNITS[stance].map((d) => d * scale);
  dashCache.set(stance, [{ scale, dash: made }, ...entries.slice(0, 1)]);
  return made;
}
