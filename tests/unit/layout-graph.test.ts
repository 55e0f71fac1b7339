import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GraphState, type Tie, Timeline } from '../../src/lib/timeline/timeline.ts';
import { adjacency, neighboursOf, tieChanges } from '../../src/lib/layout/graph.ts';
import { storyArbitrary } from './story-arbitrary.ts';

/** adjacency as plain data, each list sorted: what neighboursOf must equal. */
function expected(state: GraphState): Record<string, string[]> {
  const map = adjacency(state.ties, new Set(state.actors));
  return Object.fromEntries([...map].map(([id, list]) => [id, [...list].sort()]).sort());
}

const plain = (map: ReadonlyMap<string, readonly string[]>) =>
  Object.fromEntries([...map].map(([id, list]) => [id, [...list]]).sort());

/** The ties added and ended by key, the slow way. */
function keyDiff(before: GraphState, state: GraphState) {
  const was = new Set(before.ties.map((t) => t.key));
  const is = new Set(state.ties.map((t) => t.key));
  return {
    added: state.ties.filter((t) => !was.has(t.key)),
    ended: before.ties.filter((t) => !is.has(t.key)),
  };
}

const unique = (state: GraphState) =>
  new Set(state.ties.map((t) => t.key)).size === state.ties.length;

/** Asks for each state's neighbours in turn, as warm layouts do, checking each against adjacency. */
function walk(states: readonly GraphState[]) {
  states.forEach((state, i) => {
    const before = states[i - 1];
    if (!before) return;
    const was = new Set(before.actors);
    const changes = tieChanges(before, state);
    const want = keyDiff(before, state);
    if (unique(before) && unique(state)) expect(changes).toEqual(want);
    else {
      // A key twice (never in a timeline): "by key" is ambiguous; it may list a tie more.
      expect(changes.added).toEqual(expect.arrayContaining(want.added));
      expect(changes.ended).toEqual(expect.arrayContaining(want.ended));
    }
    const got = neighboursOf(state, {
      before,
      changes,
      newcomers: state.actors.filter((id) => !was.has(id)),
      wasPresent: (id) => was.has(id),
    });
    expect(plain(got)).toEqual(expected(state));
  });
}

describe('tieChanges and neighboursOf', () => {
  it('over a timeline’s keyframes in turn, equal the diff by key and adjacency', () => {
    fc.assert(
      fc.property(storyArbitrary(8, 20), (story) => {
        const timeline = new Timeline(story);
        walk(timeline.keyframes.map((k) => timeline.graphAt(k)));
      }),
    );
  });

  it('also when keyframes are skipped or repeated', () => {
    fc.assert(
      fc.property(storyArbitrary(8, 20), fc.array(fc.nat(), { maxLength: 12 }), (story, picks) => {
        const timeline = new Timeline(story);
        const { keyframes } = timeline;
        walk(picks.map((p) => timeline.graphAt(keyframes[p % keyframes.length] ?? 0)));
      }),
    );
  });

  // Hand-made states, as layoutGraphs accepts: actors that leave, ties to absent actors or to
  // oneself, a key twice, ties in any order.
  const pool = ['a', 'b', 'c', 'd', 'e'];
  const tie = ([s, t, since]: [number, number, number]): Tie => {
    const [source, target] = [pool[s % pool.length]!, pool[t % pool.length]!];
    const key = [source, target].sort().join('|');
    return { key, source, target, relation: 'alliance', stance: 'positive', since, eventId: 'e' };
  };
  const state = fc
    .record({
      actors: fc.subarray(pool, { minLength: 1 }),
      ties: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 })), {
        maxLength: 8,
      }),
    })
    .map(({ actors, ties }): GraphState => ({ keyframe: 0, actors, ties: ties.map(tie) }));

  it('over any states, equal the diff by key and adjacency', () => {
    fc.assert(
      fc.property(fc.array(state, { minLength: 2, maxLength: 8 }), (states) => walk(states)),
    );
  });
});
