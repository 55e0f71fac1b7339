// Pure: the network's shape as the layout needs it: neighbours, hops, links, and what changed from
// one keyframe to the next. No DOM, no Svelte.
import type { GraphState, Tie } from '../timeline/timeline.ts';
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

/** Ties added and ended from one state to the next, by key: a relation change is neither. */
export interface TieChanges {
  readonly added: readonly Tie[];
  readonly ended: readonly Tie[];
}

/**
 * What changed in the ties from `before` to `state`, in the order of each state's ties. A
 * timeline lists ties by (since, key), and then the two lists are merged in one pass; other
 * states are compared through their {@link tieKeys}. (A state with a key twice, which no timeline
 * makes, may list one of them as a change.)
 */
export function tieChanges(before: GraphState, state: GraphState): TieChanges {
  if (!inSpanOrder(before.ties) || !inSpanOrder(state.ties)) {
    const was = tieKeys(before);
    const is = tieKeys(state);
    return {
      added: state.ties.filter((t) => !was.has(t.key)),
      ended: before.ties.filter((t) => !is.has(t.key)),
    };
  }
  const gone: Tie[] = [];
  const fresh: Tie[] = [];
  const [a, b] = [before.ties, state.ties];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const order = i === a.length ? 1 : j === b.length ? -1 : spanOrder(a[i] as Tie, b[j] as Tie);
    if (order <= 0) i++;
    if (order >= 0) j++;
    if (order < 0) gone.push(a[i - 1] as Tie);
    if (order > 0) fresh.push(b[j - 1] as Tie);
  }
  // A relation that changed starts a new span of the same pair: ended and added, yet no change.
  if (gone.length === 0 || fresh.length === 0) return { added: fresh, ended: gone };
  const goneKeys = new Set(gone.map((t) => t.key));
  const freshKeys = new Set(fresh.map((t) => t.key));
  return {
    added: fresh.filter((t) => !goneKeys.has(t.key)),
    ended: gone.filter((t) => !freshKeys.has(t.key)),
  };
}

const spanOrder = (a: Tie, b: Tie) =>
  a.since - b.since || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Strictly increasing by (since, key), as Timeline.graphAt lists ties. */
function inSpanOrder(ties: readonly Tie[]): boolean {
  for (let i = 1; i < ties.length; i++) {
    if (spanOrder(ties[i - 1] as Tie, ties[i] as Tie) >= 0) return false;
  }
  return true;
}

/** A step from one state to the next, as a warm layout sees it. */
export interface Step {
  readonly before: GraphState;
  readonly changes: TieChanges;
  /** Whether an actor was present in `before`. */
  readonly wasPresent: (id: string) => boolean;
  /** The actors of the new state that were not present in `before`. */
  readonly newcomers: readonly string[];
}

interface Neighbours {
  readonly map: Map<string, string[]>;
  /** The keys of the state's ties. */
  readonly keys: Set<string>;
  /** Every tie of the state is in `map`: none was dropped for an absent end or a repeated key. */
  readonly whole: boolean;
}

/** The neighbour lists of the latest state asked for (a run asks for each state in turn). */
const latest = new WeakMap<GraphState, Neighbours>();

/**
 * {@link adjacency} of a state's own actors and ties, each list sorted by id. Consecutive keyframes
 * differ by a few ties, so the lists of `step.before`, when they were the last ones made, are
 * updated in place by `step.changes` instead of being rebuilt: `before`'s result must not be used
 * after this call. That needs every actor of `before` still present and all its ties kept. The
 * result is the same either way: sorted lists do not depend on how they were made (the map's own
 * key order does; do not iterate it).
 */
export function neighboursOf(
  state: GraphState,
  step: Step,
): ReadonlyMap<string, readonly string[]> {
  let known = latest.get(state);
  if (!known) {
    const last = latest.get(step.before);
    const stayed = state.actors.length - step.newcomers.length === step.before.actors.length;
    let next: Neighbours | undefined;
    if (last?.whole && stayed) {
      latest.delete(step.before);
      next = updated(last, state, step);
    }
    // Not whole after an update (an end absent, a key twice): made afresh, as adjacency would.
    known = next?.whole ? next : built(state);
    latest.set(state, known);
  }
  return known.map;
}

function built(state: GraphState): Neighbours {
  const present = new Set(state.actors);
  const map = adjacency(state.ties, present);
  for (const list of map.values()) list.sort(byId);
  const keys = new Set(state.ties.map((t) => t.key));
  const whole =
    keys.size === state.ties.length &&
    state.ties.every((t) => present.has(t.source) && present.has(t.target));
  return { map, keys, whole };
}

/** The lists and keys of the state before (mutated), brought up to date by the step. */
function updated({ map, keys }: Neighbours, state: GraphState, step: Step): Neighbours {
  const touched = new Set<string>();
  const edit = (id: string): string[] => {
    touched.add(id);
    let list = map.get(id);
    if (!list) map.set(id, (list = []));
    return list;
  };
  for (const { key, source, target } of step.changes.ended) {
    keys.delete(key);
    // Both ends are listed: the state before kept all its ties.
    if (source !== target) both(source, target, (a, b) => removeOne(edit(a), b));
  }
  const arrived = new Set(step.newcomers);
  const here = (id: string) => arrived.has(id) || step.wasPresent(id);
  let whole = true;
  for (const { key, source, target } of step.changes.added) {
    keys.add(key);
    if (!here(source) || !here(target)) whole = false;
    else if (source !== target) both(source, target, (a, b) => insertSorted(edit(a), b));
  }
  // The keys are now exactly the state's: fewer than its ties means a key is there twice.
  if (keys.size !== state.ties.length) whole = false;
  for (const id of touched) if (map.get(id)?.length === 0) map.delete(id);
  return { map, keys, whole };
}

/** Does `f` for a tie's two directions. */
function both(a: string, b: string, f: (from: string, to: string) => void): void {
  f(a, b);
  f(b, a);
}

function removeOne(list: string[], id: string): void {
  list.splice(list.indexOf(id), 1);
}

function insertSorted(list: string[], id: string): void {
  let at = list.length;
  while (at > 0 && byId(list[at - 1] as string, id) > 0) at--;
  list.splice(at, 0, id);
}

/** Ids in code-unit order: a stable order that does not depend on how a list was made. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
