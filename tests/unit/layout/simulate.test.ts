import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/lib/layout/options.ts';
import { lcg } from '../../../src/lib/layout/random.ts';
import {
  type SimLink,
  type SimNode,
  simulate,
  simulateD3,
  simulateFlat,
} from '../../../src/lib/layout/simulate.ts';
import { stillField } from '../../../src/lib/layout/still.ts';

const o = resolveOptions({ settle: 0 });
const still = stillField(
  [
    { x: 120, y: 40 },
    { x: -80, y: -60 },
  ],
  { charge: o.charge, range: o.chargeRange, collideRadius: o.collideRadius, skin: 30 },
);
/** `n` free nodes on a loose grid, the first two tied, and one fixed link end. */
function run(n: number, change?: (nodes: SimNode[]) => void) {
  const nodes: SimNode[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    x: 25 * (i % 20),
    y: 25 * Math.floor(i / 20),
  }));
  nodes.push({ id: 'end', x: -30, y: 10, fx: -30, fy: 10 });
  change?.(nodes);
  const links: SimLink[] = [
    { source: 'n0', target: 'n1', strength: 1 },
    { source: 'n0', target: 'end', strength: 0.5 },
  ];
  return { nodes, links };
}
const positions = (nodes: readonly SimNode[]) => nodes.map((d) => [d.id, d.x, d.y, d.vx, d.vy]);
const params = { alpha: 0.3, ticks: 3, random: lcg(), still };

describe('simulate picks a run that gives d3’s result', () => {
  it.each([
    ['200 free nodes', 200, undefined],
    ['201 free nodes (d3’s Barnes–Hut, not pair by pair)', 201, undefined],
    ['a node without a position yet', 3, (ns: SimNode[]) => delete ns[2]?.x],
    [
      'a node fixed on one axis only',
      3,
      (ns: SimNode[]) => Object.assign(ns[2] ?? {}, { fx: 50, y: 40 }),
    ],
  ])('%s', (_what, n, change) => {
    const a = run(n, change);
    const b = run(n, change);
    simulate(a.nodes, a.links, o, { ...params, random: lcg() });
    simulateD3(b.nodes, b.links, o, { ...params, random: lcg() });
    expect(positions(a.nodes)).toEqual(positions(b.nodes));
    expect(a.nodes.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y))).toBe(true);
  });

  it('runs pair by pair, over flat arrays, with still actors and up to 200 free nodes', () => {
    const a = run(20);
    const b = run(20);
    simulate(a.nodes, a.links, o, { ...params, random: lcg() });
    simulateFlat(b.nodes, b.links, o, { ...params, random: lcg() });
    expect(positions(a.nodes)).toEqual(positions(b.nodes));
  });

  it('leaves a fixed node at its place, at rest', () => {
    const { nodes, links } = run(5);
    simulateFlat(nodes, links, o, { ...params, random: lcg() });
    expect(nodes.at(-1)).toMatchObject({ x: -30, y: 10, vx: 0, vy: 0 });
    expect(nodes.map((d) => d.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('refuses a link to a node it does not have', () => {
    const { nodes } = run(2);
    const links = [{ source: 'n0', target: 'ghost', strength: 1 }];
    expect(() => simulateFlat(nodes, links, o, { ...params, random: lcg() })).toThrow(
      'node not found: ghost',
    );
  });
});
