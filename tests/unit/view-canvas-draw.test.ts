import { describe, expect, it } from 'vitest';
import {
  type Context2D,
  MIN_FILL_RADIUS,
  dash,
  drawScene,
  type Frame,
  indexScene,
  STANCES,
  traceSymbol,
} from '../../src/lib/view/canvas-draw.ts';
import {
  DIM_ALPHA,
  KIND_FILL,
  LIGHT_PALETTE,
  readPalette,
  samePalette,
} from '../../src/lib/view/palette.ts';
import { symbolPath } from '../../src/lib/view/symbols.ts';
import { ACTOR_KINDS, type ActorKind } from '../../src/lib/schema/story.ts';
import type { Tie } from '../../src/lib/timeline/timeline.ts';

/** What one stroke or fill call painted: the path's segments and the state it was painted with. */
interface Paint {
  op: 'stroke' | 'fill';
  moves: [number, number][];
  arcs: number;
  alpha: number;
  width: number;
  style: string;
  cap: string;
  dash: number[];
}

/** A stand-in 2D context that records what would be painted. */
function recorder() {
  const paints: Paint[] = [];
  let moves: [number, number][] = [];
  let arcs = 0;
  let dashNow: number[] = [];
  const points: [number, number][] = [];
  const ctx: Context2D & { points: typeof points } = {
    points,
    globalAlpha: 1,
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    strokeStyle: '',
    fillStyle: '',
    setTransform: () => {},
    clearRect: () => {},
    beginPath: () => {
      moves = [];
      arcs = 0;
    },
    moveTo: (x: number, y: number) => {
      moves.push([x, y]);
      points.push([x, y]);
    },
    lineTo: (x: number, y: number) => points.push([x, y]),
    arc: () => {
      arcs++;
    },
    setLineDash: (d: number[]) => {
      dashNow = d;
    },
    stroke: () => {
      paints.push({
        op: 'stroke',
        moves,
        arcs,
        alpha: ctx.globalAlpha,
        width: ctx.lineWidth,
        style: String(ctx.strokeStyle),
        cap: ctx.lineCap,
        dash: dashNow,
      });
    },
    fill: () => {
      paints.push({
        op: 'fill',
        moves,
        arcs,
        alpha: ctx.globalAlpha,
        width: ctx.lineWidth,
        style: String(ctx.fillStyle),
        cap: ctx.lineCap,
        dash: dashNow,
      });
    },
  } as Context2D & { points: typeof points };
  return { ctx, paints };
}

const tie = (source: string, target: string, stance: Tie['stance']): Tie => ({
  key: [source, target].sort().join('|'),
  source,
  target,
  relation: stance === 'negative' ? 'rivalry' : 'alliance',
  stance,
  since: 0,
  eventId: 'e',
});

const kinds: Record<string, ActorKind> = {
  a: 'person',
  b: 'organization',
  c: 'person',
  d: 'government',
};
const graph = {
  actors: ['a', 'b', 'c', 'd'],
  ties: [
    tie('a', 'b', 'positive'),
    tie('b', 'c', 'negative'),
    tie('c', 'd', 'neutral'),
    tie('a', 'zz', 'neutral'),
  ],
};
const scene = indexScene(graph, (id) => kinds[id]);

function frame(over: Partial<Frame> = {}): Frame {
  return {
    xs: Float64Array.from([0, 100, 200, NaN]), // d has no position yet: not drawn
    ys: Float64Array.from([0, 0, 100, 100]),
    transform: { k: 2, x: 10, y: 20 },
    width: 300,
    height: 200,
    dpr: 2,
    radius: 7,
    palette: LIGHT_PALETTE,
    focus: -1,
    near: new Uint8Array(4),
    involved: [],
    selected: -1,
    ...over,
  };
}

describe('symbols on the canvas', () => {
  it.each(ACTOR_KINDS.filter((k) => k !== 'person'))(
    '%s: the vertices of symbolPath, moved to the actor, back to the first',
    (kind) => {
      const { ctx } = recorder();
      traceSymbol(ctx, kind, 50, -20, 14);
      const vertices = [...symbolPath(kind, 14).matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(
        (m) => [Number(m[1]) + 50, Number(m[2]) - 20] as const,
      );
      // Ended by a line back to the start, not closePath (quadratic in Chromium: traceSymbol).
      const expected = [...vertices, vertices[0]!];
      expect(ctx.points).toHaveLength(expected.length);
      ctx.points.forEach(([x, y], i) => {
        expect(x).toBeCloseTo(expected[i]![0], 1);
        expect(y).toBeCloseTo(expected[i]![1], 1);
      });
    },
  );

  it('person: a circle of the radius', () => {
    const { ctx } = recorder();
    const arcs: number[][] = [];
    ctx.arc = (x: number, y: number, r: number, from: number, to: number) =>
      void arcs.push([x, y, r, from, to]);
    traceSymbol(ctx, 'person', 5, 6, 7);
    expect(arcs).toEqual([[5, 6, 7, 0, 2 * Math.PI]]);
  });
});

describe('the scene index', () => {
  it('groups every actor once by kind and every tie once by stance', () => {
    const byKind = [...scene.byKind];
    expect([...byKind].sort()).toEqual([0, 1, 2, 3]);
    ACTOR_KINDS.forEach((kind, k) => {
      const members = byKind.slice(scene.kindStart[k], scene.kindStart[k + 1]);
      expect(members.map((i) => kinds[graph.actors[i]!])).toEqual(members.map(() => kind));
    });
    expect([...scene.byStance].sort()).toEqual([0, 1, 2, 3]);
    STANCES.forEach((stance, s) => {
      for (const t of scene.byStance.slice(scene.stanceStart[s], scene.stanceStart[s + 1]))
        expect(graph.ties[t]!.stance).toBe(stance);
    });
  });

  it('marks a tie to an actor outside the graph with -1', () => {
    expect([...scene.source]).toEqual([0, 1, 2, 0]);
    expect([...scene.target]).toEqual([1, 2, 3, -1]);
  });
});

describe('drawing a frame', () => {
  it('strokes one path per stance and fills one per kind, skipping what is not drawn', () => {
    const { ctx, paints } = recorder();
    drawScene(ctx, scene, frame());
    const ties = paints.filter((p) => p.op === 'stroke' && p.style !== LIGHT_PALETTE.fg);
    // c–d (d not laid out) and a–zz (zz not in the graph) are not drawn.
    expect(ties.map((p) => [p.style, p.moves])).toEqual([
      [LIGHT_PALETTE.positive, [[0, 0]]],
      [LIGHT_PALETTE.negative, [[100, 0]]],
    ]);
    // Ordinary lines are one device pixel: width × dpr × k = 1.
    for (const p of ties) expect(p.width * 2 * 2).toBeCloseTo(1, 9);
    const fills = paints.filter((p) => p.op === 'fill');
    expect(fills.map((p) => p.style)).toEqual([KIND_FILL.person, KIND_FILL.organization]);
    expect(fills[0]!.arcs).toBe(2); // a and c: both persons in one path
    expect(paints.every((p) => p.alpha === 1)).toBe(true);
    // Symbols are stroked with round caps, so a polygon's open end looks like a round join.
    const outlines = paints.filter((p) => p.op === 'stroke' && p.style === LIGHT_PALETTE.fg);
    expect(outlines.length).toBeGreaterThan(0);
    for (const p of outlines) expect(p.cap).toBe('round');
  });

  it('dims all but the focus, its ties and its neighbours', () => {
    const { ctx, paints } = recorder();
    const near = Uint8Array.from([1, 1, 0, 0]); // focus a, neighbour b
    drawScene(ctx, scene, frame({ focus: 0, near }));
    const ties = paints.filter((p) => p.op === 'stroke' && p.style !== LIGHT_PALETTE.fg);
    expect(ties.map((p) => [p.style, p.alpha])).toEqual([
      [LIGHT_PALETTE.negative, DIM_ALPHA], // b–c: not the focus's
      [LIGHT_PALETTE.positive, 1], // a–b: the focus's own, on top, wide with round ends
    ]);
    expect(ties[1]!.cap).toBe('round');
    expect(ties[1]!.width).toBeGreaterThan(ties[0]!.width);
    const fills = paints.filter((p) => p.op === 'fill');
    expect(fills.map((p) => [p.style, p.alpha, p.arcs || p.moves.length])).toEqual([
      [KIND_FILL.person, DIM_ALPHA, 1], // c
      [KIND_FILL.person, 1, 1], // a
      [KIND_FILL.organization, 1, 1], // b
    ]);
  });

  it('outlines tiny symbols without filling them, except in the focused neighbourhood', () => {
    const tiny = { radius: 1.5, dpr: 1, transform: { k: 2, x: 0, y: 0 } }; // 3 device px
    expect(1.5 * 2).toBeLessThan(MIN_FILL_RADIUS);
    const plain = recorder();
    drawScene(plain.ctx, scene, frame(tiny));
    expect(plain.paints.filter((p) => p.op === 'fill')).toEqual([]);
    expect(
      plain.paints.filter((p) => p.op === 'stroke' && p.style === LIGHT_PALETTE.fg),
    ).toHaveLength(2);
    const focused = recorder();
    drawScene(
      focused.ctx,
      scene,
      frame({ ...tiny, focus: 0, near: Uint8Array.from([1, 1, 0, 0]) }),
    );
    expect(focused.paints.filter((p) => p.op === 'fill').map((p) => p.alpha)).toEqual([1, 1]);
    // Zoomed in far enough, they are filled again.
    const zoomed = recorder();
    drawScene(zoomed.ctx, scene, frame({ ...tiny, transform: { k: 3, x: 0, y: 0 } }));
    expect(zoomed.paints.filter((p) => p.op === 'fill')).toHaveLength(2);
  });

  it('outlines the event’s actors heavily and the selection in the accent colour', () => {
    const { ctx, paints } = recorder();
    drawScene(ctx, scene, frame({ involved: [1, 3], selected: 2 }));
    const outlines = paints.slice(-2);
    expect(outlines.map((p) => p.style)).toEqual([LIGHT_PALETTE.fg, LIGHT_PALETTE.accent]);
    expect(outlines.every((p) => p.width * 4 >= 2)).toBe(true); // at least two device px
    expect(outlines[0]!.moves).toEqual([[100 - 0.9 * 7, -0.9 * 7]]); // b; d is not laid out
  });

  it('reuses its dash arrays from frame to frame', () => {
    expect(dash('neutral', 0.5)).toBe(dash('neutral', 0.5));
    expect(dash('neutral', 0.5)).toEqual([3.5, 2.5]);
    expect(dash('positive', 3)).toEqual([]);
    const a = dash('negative', 1);
    dash('negative', 2); // a frame with a focus uses two scales
    expect(dash('negative', 1)).toBe(a);
  });
});

describe('theme colours', () => {
  it('reads the custom properties, falling back to the light theme where one is empty', () => {
    const css: Record<string, string> = { '--fg': ' #e6edf3 ', '--bg': '#0d1117', '--accent': '' };
    const palette = readPalette((name) => css[name] ?? '');
    expect(palette).toEqual({ ...LIGHT_PALETTE, fg: '#e6edf3', bg: '#0d1117' });
    expect(samePalette(palette, { ...palette })).toBe(true);
    expect(samePalette(palette, LIGHT_PALETTE)).toBe(false);
  });
});
