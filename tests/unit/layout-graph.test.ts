import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GraphState, type Tie, Timeline } from '../../src/lib/timeline/timeline.ts';
import { neighboursOf, tieChanges } from '../../src/lib/layout/graph.ts';
import { storyArbitrary } from './story-arbitrary.ts';

/**
 * What neighboursOf must equal, asked actor by actor: the other end of each of its ties (once per
 * tie) to another present actor, sorted; actors with no such tie left out.
 */
function expected(state: GraphState): Record<string, string[]> {
  const present = new Set(state.actors);
  const out: Record<string, string[]> = {};
  for (const id of [...present].sort()) {
    const others = state.ties
      .filter((t) => t.source !== t.target && present.has(t.source) && present.has(t.target))
      .flatMap((t) => (t.source === id ? [t.target] : t.target === id ? [t.source] : []))
      .sort();
    if (others.length > 0) out[id] = others;
  }
  return out;
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
  it('on two hand-made keyframes, give the changes and neighbours worked out by hand', () => {
    const t = (source: string, target: string, relation: string, since: number): Tie => ({
      key: [source, target].sort().join('|'),
      source,
      target,
      relation,
      stance: 'neutral',
      since,
      eventId: `e${since}`,
    });
    // Listed by (since, key), as a timeline lists them. At 2: a–b changes relation (neither
    // added nor ended), b–c ends, c arrives with c–d; d joins, tied to a and c.
    const before: GraphState = {
      keyframe: 1,
      actors: ['a', 'b', 'c'],
      ties: [t('a', 'b', 'alliance', 1), t('b', 'c', 'alliance', 1)],
    };
    const after: GraphState = {
      keyframe: 2,
      actors: ['a', 'b', 'c', 'd'],
      ties: [t('a', 'b', 'split', 2), t('d', 'a', 'alliance', 2), t('c', 'd', 'alliance', 2)],
    };
    const changes = tieChanges(before, after);
    expect(changes.ended.map((x) => x.key)).toEqual(['b|c']);
    expect(changes.added.map((x) => x.key)).toEqual(['a|d', 'c|d']);
    const neighbours = (state: GraphState, prior: GraphState) =>
      plain(
        neighboursOf(state, {
          before: prior,
          changes: tieChanges(prior, state),
          newcomers: state.actors.filter((id) => !prior.actors.includes(id)),
          wasPresent: (id) => prior.actors.includes(id),
        }),
      );
    const start: GraphState = { keyframe: 0, actors: [], ties: [] };
    expect(neighbours(before, start)).toEqual({ a: ['b'], b: ['a', 'c'], c: ['b'] });
    expect(neighbours(after, before)).toEqual({ a: ['b', 'd'], b: ['a'], c: ['d'], d: ['a', 'c'] });
  });

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
