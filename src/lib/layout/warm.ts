// Pure: a keyframe laid out from the previous keyframe's layout. No DOM, no Svelte.
//
// Only the neighbourhood of what changed is simulated. Actors within `reach` hops of a change (a
// newcomer, a tie added or ended) are free; every other actor is still: it keeps its position
// exactly, yet repels and collides with the free ones as d3 would (see still.ts); still actors
// tied to a free one join the run as fixed link ends. So a keyframe's simulation costs in
// proportion to its change, not to the whole network; what every keyframe must still do for each
// actor (find the newcomers, bucket the still actors, write the new positions) is a few plain
// passes over the actors, with the ties' neighbour lists carried over from the keyframe before.
import type { GraphState } from '../timeline/timeline.ts';
import { linksOf, neighboursOf, tieChanges, withinHops } from './graph.ts';
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
  const newcomers = state.actors.filter((id) => !previous.has(id));
  const changes = tieChanges(before, state);
  const seeds = new Set(newcomers);
  for (const t of [...changes.added, ...changes.ended]) seeds.add(t.source).add(t.target);
  if (seeds.size === 0) return previous;
  const wasPresent = (id: string) => previous.has(id); // `previous` has the actors of `before`
  const neighbours = neighboursOf(state, { before, changes, newcomers, wasPresent });
  const reached = withinHops(seeds, neighbours, o.reach);
  const placed = placeNewcomers(newcomers, previous, neighbours, o.collideRadius, random);

  // One pass over the actors: the free ones (in actor order) and where the still ones stand. An
  // actor that is not free was there before (newcomers are seeds), so `previous` has it.
  const free: string[] = [];
  const still: Point[] = [];
  for (const id of state.actors) {
    if (reached.has(id)) free.push(id);
    else still.push(previous.get(id) as Point);
  }
  const isFree = (id: string) => reached.has(id);
  const at = (id: string): Point => placed.get(id) ?? previous.get(id) ?? { x: 0, y: 0 };
  const nodes: SimNode[] = free.map((id) => {
    const was = previous.get(id);
    return { id, ...at(id), anchorX: was?.x, anchorY: was?.y };
  });
  // Still actors tied to free ones join the run as fixed link ends (in the order met).
  const ends = new Set<string>();
  for (const id of free) {
    for (const other of neighbours.get(id) ?? []) if (!isFree(other)) ends.add(other);
  }
  for (const id of ends) {
    const { x, y } = at(id);
    nodes.push({ id, x, y, fx: x, fy: y });
  }
  simulate(nodes, linksOf(free, neighbours, isFree), o, {
    alpha: o.warmAlpha,
    ticks: o.warmTicks,
    random,
    still: stillField(still, {
      charge: o.charge,
      range: o.chargeRange,
      collideRadius: o.collideRadius,
      skin: o.linkDistance / 2,
    }),
  });

  // Free actors are the first nodes, in actor order: walk them alongside the actors.
  const positions = new Map<string, Point>();
  let next = 0;
  for (const id of state.actors) {
    const node = nodes[next];
    if (next < free.length && node?.id === id) {
      positions.set(id, { x: node.x ?? 0, y: node.y ?? 0 });
      next++;
    } else positions.set(id, previous.get(id) as Point);
  }
  return positions;
}

/**
 * Start positions of `newcomers` (in actor order): the centroid of the already-placed actors they
 * are tied to, or the centre if none, plus a seeded jitter of up to `jitter` units so that two
 * newcomers never start on the same spot.
 */
function placeNewcomers(
  newcomers: readonly string[],
  previous: Positions,
  neighbours: ReadonlyMap<string, readonly string[]>,
  jitter: number,
  random: () => number,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  for (const id of newcomers) {
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
