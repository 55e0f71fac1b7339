// Pure: the network's shape as the layout needs it: neighbours, hops, links. No DOM, no Svelte.
import type { GraphState } from '../timeline/timeline.ts';
import type { SimLink } from './simulate.ts';

/**
 * Each present actor's tied neighbours (ties are unordered; actors without ties are absent).
 * Ties to an actor not in `present`, and ties of an actor to itself, are dropped: d3 would throw
 * on the first and jiggle on the second.
 */
export function adjacency(
  ties: readonly { readonly source: string; readonly target: string }[],
  present: ReadonlySet<string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = out.get(a);
    if (list) list.push(b);
    else out.set(a, [b]);
  };
  for (const { source, target } of ties) {
    if (source === target || !present.has(source) || !present.has(target)) continue;
    add(source, target);
    add(target, source);
  }
  return out;
}

/** The seeds and every actor at most `reach` hops from one (breadth-first; Infinity: all). */
export function withinHops(
  seeds: Iterable<string>,
  neighbours: ReadonlyMap<string, readonly string[]>,
  reach: number,
): Set<string> {
  const found = new Set(seeds);
  let frontier = [...found];
  for (let hop = 0; hop < reach && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (!found.has(other)) {
          found.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return found;
}

/**
 * The ties of the `free` actors, as fresh link objects (d3 overwrites their ends), each once.
 * Strength is d3's default, 1 / the smaller degree, with degrees counted over the whole network
 * (`neighbours`), not only over the actors in the run.
 */
export function linksOf(
  free: readonly string[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  isFree: (id: string) => boolean,
): SimLink[] {
  const degree = (id: string) => neighbours.get(id)?.length ?? 1;
  const links: SimLink[] = [];
  for (const source of free) {
    for (const target of neighbours.get(source) ?? []) {
      // A tie between two free actors is met from both ends: keep it once.
      if (isFree(target) && target < source) continue;
      links.push({ source, target, strength: 1 / Math.min(degree(source), degree(target)) });
    }
  }
  return links;
}

const keySets = new WeakMap<GraphState, ReadonlySet<string>>();

/** The keys of a state's ties, memoised: consecutive keyframes compare each state twice. */
export function tieKeys(state: GraphState): ReadonlySet<string> {
  let keys = keySets.get(state);
  if (!keys) {
    keys = new Set(state.ties.map((t) => t.key));
    keySets.set(state, keys);
  }
  return keys;
}
