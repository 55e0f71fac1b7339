// Pure: a keyframe laid out from scratch. No DOM, no Svelte.
import type { GraphState } from '../timeline/timeline.ts';
import { adjacency, linksOf } from './graph.ts';
import type { ResolvedOptions } from './options.ts';
import type { Positions } from './point.ts';
import { type SimNode, simulate } from './simulate.ts';

/**
 * Lays out a network from nothing: d3's own phyllotaxis start around (0, 0), alpha 1, up to
 * `options.ticks` ticks. Reads `state`, never writes it: nodes and links are fresh copies.
 */
export function coldLayout(state: GraphState, o: ResolvedOptions, random: () => number): Positions {
  const nodes: SimNode[] = state.actors.map((id) => ({ id }));
  const links = linksOf(state.actors, adjacency(state.ties, new Set(state.actors)), () => true);
  simulate(nodes, links, o, { alpha: 1, ticks: o.ticks, random });
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
