// Pure: a keyframe laid out from the previous keyframe's layout. No DOM, no Svelte.
//
// Only the neighbourhood of what changed is simulated. Actors within `reach` hops of a change (a
// newcomer, a tie added or ended) are free; every other actor is still: it keeps its position
// exactly, yet repels and collides with the free ones as d3 would (see still.ts); still actors
// tied to a free one join the run as fixed link ends. So a keyframe costs in proportion to its
// change, not to the whole network.
import type { GraphState } from '../timeline/timeline.ts';
import { adjacency, linksOf, tieKeys, withinHops } from './graph.ts';
import type { ResolvedOptions } from './options.ts';
import type { Point, Positions } from './point.ts';
import { type SimNode, simulate } from './simulate.ts';
import { stillField } from './still.ts';

/**
 * Lays out `state` starting from `previous`, the layout of `before` (the keyframe before). Free
 * actors start where they were and are pulled weakly back there; newcomers start beside the actors
 * they are tied to. An unchanged network (only relations changed) returns `previous` itself.
 */
export function warmLayout(
  before: GraphState,
  previous: Positions,
  state: GraphState,
  o: ResolvedOptions,
  random: () => number,
): Positions {
  const seeds = changedActors(before, previous, state);
  if (seeds.size === 0) return previous;
  const neighbours = adjacency(state.ties, new Set(state.actors));
  const reached = withinHops(seeds, neighbours, o.reach);
  const free = state.actors.filter((id) => reached.has(id));
  const isFree = new Set(free);
  const placed = placeNewcomers(state.actors, previous, neighbours, o.collideRadius, random);
  const at = (id: string): Point => placed.get(id) ?? previous.get(id) ?? { x: 0, y: 0 };

  const still = state.actors.filter((id) => !isFree.has(id));
  const nodes: SimNode[] = free.map((id) => {
    const was = previous.get(id);
    return { id, ...at(id), anchorX: was?.x, anchorY: was?.y };
  });
  // Still actors tied to free ones join the run as fixed link ends.
  const ends = new Set(free.flatMap((id) => neighbours.get(id) ?? []));
  for (const id of still) {
    if (!ends.has(id)) continue;
    const { x, y } = at(id);
    nodes.push({ id, x, y, fx: x, fy: y });
  }
  const links = linksOf(free, neighbours, (id) => isFree.has(id));
  simulate(nodes, links, o, {
    alpha: o.warmAlpha,
    ticks: o.warmTicks,
    random,
    still: stillField(still.map(at), {
      charge: o.charge,
      range: o.chargeRange,
      collideRadius: o.collideRadius,
      skin: o.linkDistance / 2,
    }),
  });

  const moved = new Map(
    nodes.filter((n) => n.fx == null).map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]),
  );
  return new Map(state.actors.map((id) => [id, moved.get(id) ?? at(id)]));
}

/** Newcomers, and both ends of every tie added or ended since `before`. */
function changedActors(before: GraphState, previous: Positions, state: GraphState): Set<string> {
  const was = tieKeys(before);
  const is = tieKeys(state);
  const changed = new Set(state.actors.filter((id) => !previous.has(id)));
  for (const t of state.ties) if (!was.has(t.key)) changed.add(t.source).add(t.target);
  for (const t of before.ties) if (!is.has(t.key)) changed.add(t.source).add(t.target);
  return changed;
}

/**
 * Start positions of the actors new at this keyframe, in actor order: the centroid of the
 * already-placed actors they are tied to, or the centre if none, plus a seeded jitter of up to
 * `jitter` units so that two newcomers never start on the same spot.
 */
function placeNewcomers(
  actors: readonly string[],
  previous: Positions,
  neighbours: ReadonlyMap<string, readonly string[]>,
  jitter: number,
  random: () => number,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  for (const id of actors) {
    if (previous.has(id)) continue;
    let x = 0;
    let y = 0;
    let count = 0;
    for (const n of neighbours.get(id) ?? []) {
      const p = previous.get(n) ?? placed.get(n);
      if (p) {
        x += p.x;
        y += p.y;
        count++;
      }
    }
    const angle = 2 * Math.PI * random();
    const radius = jitter * Math.sqrt(random());
    placed.set(id, {
      x: (count > 0 ? x / count : 0) + radius * Math.cos(angle),
      y: (count > 0 ? y / count : 0) + radius * Math.sin(angle),
    });
  }
  return placed;
}
