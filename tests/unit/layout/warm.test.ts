import { describe, expect, it } from 'vitest';
import { coldLayout } from '../../../src/lib/layout/cold.ts';
import { layoutGraphs, layoutSteps } from '../../../src/lib/layout/keyframe-layout.ts';
import { resolveOptions } from '../../../src/lib/layout/options.ts';
import type { Point } from '../../../src/lib/layout/point.ts';
import { lcg } from '../../../src/lib/layout/random.ts';
import { simulate, type SimNode } from '../../../src/lib/layout/simulate.ts';
import { stillField } from '../../../src/lib/layout/still.ts';
import { warmLayout } from '../../../src/lib/layout/warm.ts';
import type { GraphState, Tie } from '../../../src/lib/timeline/timeline.ts';

const tie = (source: string, target: string, since = 0, relation = 'alliance'): Tie => ({
  key: [source, target].sort().join('|'),
  source,
  target,
  relation,
  stance: 'positive',
  since,
  eventId: 'e',
});
const state = (keyframe: number, actors: string[], ties: Tie[]): GraphState => ({
  keyframe,
  actors,
  ties,
});
const at = (points: [string, number, number][]) =>
  new Map<string, Point>(points.map(([id, x, y]) => [id, { x, y }]));

// d3-force's start for node i without a position: radius 10 √(i + ½), angle i π (3 − √5).
const phyllotaxis = (i: number) => {
  const r = 10 * Math.sqrt(0.5 + i);
  const a = i * Math.PI * (3 - Math.sqrt(5));
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
};

describe('coldLayout', () => {
  it('starts from d3’s phyllotaxis, in actor order (no tick run)', () => {
    const s = state(0, ['a', 'b', 'c'], [tie('a', 'b')]);
    const positions = coldLayout(s, resolveOptions({ ticks: 0 }), lcg());
    expect([...positions]).toEqual([
      ['a', phyllotaxis(0)],
      ['b', phyllotaxis(1)],
      ['c', phyllotaxis(2)],
    ]);
  });

  it('pulls tied actors toward the link distance and pushes the others apart', () => {
    const s = state(0, ['a', 'b', 'c'], [tie('a', 'b')]);
    const p = coldLayout(s, resolveOptions(), lcg());
    const d = (x: string, y: string) => {
      const [u, v] = [p.get(x) as Point, p.get(y) as Point];
      return Math.hypot(u.x - v.x, u.y - v.y);
    };
    expect(d('a', 'b')).toBeGreaterThan(30);
    expect(d('a', 'b')).toBeLessThan(90);
    expect(d('a', 'c')).toBeGreaterThan(d('a', 'b'));
  });
});

describe('simulate', () => {
  const nodes = (): SimNode[] => [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 5, y: 1 },
  ];
  const links = [{ source: 'a', target: 'b', strength: 1 }];
  it.each([
    [0, 7, 7], // never settled: every tick
    [Infinity, 7, 1], // settled after the first
    [0, 0, 0],
  ])('with settle %d and %i ticks runs %i', (settle, ticks, ran) => {
    const o = resolveOptions({ settle });
    expect(simulate(nodes(), [...links], o, { alpha: 1, ticks, random: lcg() })).toBe(ran);
    const still = stillField([{ x: 100, y: 100 }], {
      charge: o.charge,
      range: o.chargeRange,
      collideRadius: o.collideRadius,
      skin: 30,
    });
    expect(simulate(nodes(), [...links], o, { alpha: 1, ticks, random: lcg(), still })).toBe(ran);
  });

  it('stops once no free node moves more than `settle` in a tick', () => {
    const o = resolveOptions({ settle: 0.5 });
    const ran = simulate(nodes(), [...links], o, { alpha: 1, ticks: 300, random: lcg() });
    expect(ran).toBeGreaterThan(1);
    expect(ran).toBeLessThan(300);
  });
});

describe('warmLayout', () => {
  // a at (0, 0), b at (10, 0), tied.
  const before = state(0, ['a', 'b'], [tie('a', 'b')]);
  const previous = at([
    ['a', 0, 0],
    ['b', 10, 0],
  ]);
  // No ticks and no jitter: what is left is where each actor starts.
  const still = resolveOptions({ warmTicks: 0, collideRadius: 0 });

  it('returns the previous layout itself when only a relation changed', () => {
    const next = state(1, ['a', 'b'], [tie('a', 'b', 1, 'split')]);
    expect(warmLayout(before, previous, next, resolveOptions(), lcg())).toBe(previous);
  });

  it('starts a newcomer at the centroid of the placed actors it is tied to', () => {
    const next = state(
      1,
      ['a', 'b', 'c', 'd', 'e'],
      [
        tie('a', 'b'),
        tie('a', 'c', 1),
        tie('b', 'c', 1),
        tie('d', 'c', 1), // d: tied only to c, a newcomer placed before it
      ],
    );
    expect([...warmLayout(before, previous, next, still, lcg())]).toEqual([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 0 }],
      ['c', { x: 5, y: 0 }],
      ['d', { x: 5, y: 0 }],
      ['e', { x: 0, y: 0 }], // tied to no one: the centre
    ]);
  });

  it('jitters newcomers by up to one collision radius, each to its own spot', () => {
    const next = state(
      1,
      ['a', 'b', 'c', 'd'],
      [tie('a', 'b'), tie('a', 'c', 1), tie('a', 'd', 1)],
    );
    const p = warmLayout(before, previous, next, resolveOptions({ warmTicks: 0 }), lcg());
    const [c, d] = [p.get('c') as Point, p.get('d') as Point];
    expect(Math.hypot(c.x, c.y)).toBeLessThanOrEqual(18);
    expect(Math.hypot(d.x, d.y)).toBeLessThanOrEqual(18);
    expect(c).not.toEqual(d);
  });

  it('moves only actors within `reach` hops of a change; the others keep their place exactly', () => {
    // A chain a–b–c–d–e; then e ends its tie with d and ties to a newcomer f.
    const chain = ['a', 'b', 'c', 'd', 'e'];
    const ties = [tie('a', 'b'), tie('b', 'c'), tie('c', 'd'), tie('d', 'e')];
    const s0 = state(0, chain, ties);
    const p0 = at(chain.map((id, i) => [id, 60 * i, 0]));
    const s1 = state(1, [...chain, 'f'], [...ties.slice(0, 3), tie('e', 'f', 1)]);
    const moved = (reach: number) => {
      const p1 = warmLayout(s0, p0, s1, resolveOptions({ reach }), lcg());
      expect([...p1.keys()]).toEqual([...chain, 'f']);
      return chain.filter((id) => {
        const [u, v] = [p0.get(id) as Point, p1.get(id) as Point];
        return u.x !== v.x || u.y !== v.y;
      });
    };
    // Changed: d (lost a tie), e, f. Reach 1 adds c (d's neighbour).
    expect(moved(0)).toEqual(['d', 'e']);
    expect(moved(1)).toEqual(['c', 'd', 'e']);
    expect(moved(Infinity)).toEqual(chain);
  });
});

describe('layoutSteps', () => {
  const states = [
    state(0, ['a', 'b'], [tie('a', 'b')]),
    state(1, ['a', 'b', 'c'], [tie('a', 'b'), tie('b', 'c', 1)]),
    state(2, ['a', 'b', 'c'], [tie('a', 'b'), tie('b', 'c', 1, 'split')]),
  ];

  it('lays out the first cold, the later ones warm, one per state, in order', () => {
    const layouts = layoutGraphs(states);
    expect(layouts.map((l) => l.keyframe)).toEqual([0, 1, 2]);
    expect([...(layouts[0]?.positions ?? [])]).toEqual([
      ...coldLayout(states[0] as GraphState, resolveOptions(), lcg()),
    ]);
    expect(layouts[2]?.positions).toBe(layouts[1]?.positions); // only a relation changed
    // Warm: a and b keep their places unless within reach of the change (b is: its new tie).
    expect(layouts[1]?.positions.get('a')).toEqual(layouts[0]?.positions.get('a'));
  });

  it('without warm starts, lays out each state cold with a fresh source', () => {
    const layouts = [...layoutSteps(states, { warmStart: false, seed: 3 })];
    states.forEach((s, i) => {
      expect([...(layouts[i]?.positions ?? [])]).toEqual([
        ...coldLayout(s, resolveOptions({ warmStart: false, seed: 3 }), lcg(3)),
      ]);
    });
  });

  it('uses the seed it is given', () => {
    const [one] = layoutGraphs(states.slice(0, 1), { seed: 5 });
    expect([...(one?.positions ?? [])]).toEqual([
      ...coldLayout(states[0] as GraphState, resolveOptions(), lcg(5)),
    ]);
  });
});
