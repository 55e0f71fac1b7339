import { describe, expect, it } from 'vitest';
import {
  adjacency,
  linksOf,
  neighboursOf,
  tieChanges,
  tieKeys,
  withinHops,
} from '../../../src/lib/layout/graph.ts';
import type { GraphState, Tie } from '../../../src/lib/timeline/timeline.ts';

const tie = (source: string, target: string, since = 0): Tie => ({
  key: [source, target].sort().join('|'),
  source,
  target,
  relation: 'alliance',
  stance: 'positive',
  since,
  eventId: 'e',
});
const state = (actors: string[], ties: Tie[], keyframe = 0): GraphState => ({
  keyframe,
  actors,
  ties,
});
const plain = (m: ReadonlyMap<string, readonly string[]>) => Object.fromEntries(m);

describe('adjacency', () => {
  it('lists both ends of each tie, in tie order, dropping self-ties and absent ends', () => {
    const ties = [tie('a', 'b'), tie('c', 'a'), tie('a', 'a'), tie('b', 'x'), tie('x', 'b')];
    expect(plain(adjacency(ties, new Set(['a', 'b', 'c'])))).toEqual({
      a: ['b', 'c'],
      b: ['a'],
      c: ['a'],
    });
  });
});

describe('withinHops', () => {
  // a – b – c – d, and e alone
  const n = new Map([
    ['a', ['b']],
    ['b', ['a', 'c']],
    ['c', ['b', 'd']],
    ['d', ['c']],
  ]);
  it.each([
    [0, ['b']],
    [1, ['b', 'a', 'c']],
    [2, ['b', 'a', 'c', 'd']],
    [Infinity, ['b', 'a', 'c', 'd']],
  ])('%d hops from b reach %j, breadth first', (reach, ids) => {
    expect([...withinHops(['b'], n, reach)]).toEqual(ids);
  });

  it('keeps seeds without neighbours', () => {
    expect([...withinHops(['e', 'a'], n, 1)]).toEqual(['e', 'a', 'b']);
  });
});

describe('linksOf', () => {
  // a has three neighbours, b and c one or two; degrees count the whole network.
  const n = new Map([
    ['a', ['b', 'c', 'd']],
    ['b', ['a', 'c']],
    ['c', ['a', 'b']],
    ['d', ['a']],
  ]);
  it('gives each tie of the free actors once, strength 1 / the smaller degree', () => {
    const free = new Set(['a', 'b']);
    expect(linksOf(['a', 'b'], n, (id) => free.has(id))).toEqual([
      { source: 'a', target: 'b', strength: 1 / 2 },
      { source: 'a', target: 'c', strength: 1 / 2 },
      { source: 'a', target: 'd', strength: 1 },
      { source: 'b', target: 'c', strength: 1 / 2 },
    ]);
  });

  it('keeps a tie met from its greater end when the other end is not free', () => {
    expect(linksOf(['c'], n, (id) => id === 'c')).toEqual([
      { source: 'c', target: 'a', strength: 1 / 2 },
      { source: 'c', target: 'b', strength: 1 / 2 },
    ]);
  });

  it('counts an actor without a list as degree 1', () => {
    const lonely = new Map([['a', ['z']]]);
    expect(linksOf(['a'], lonely, () => true)).toEqual([{ source: 'a', target: 'z', strength: 1 }]);
  });
});

describe('tieKeys', () => {
  it('is the set of a state’s tie keys, the same set for the same state', () => {
    const s = state(['a', 'b', 'c'], [tie('b', 'a'), tie('a', 'c')]);
    expect([...tieKeys(s)]).toEqual(['a|b', 'a|c']);
    expect(tieKeys(s)).toBe(tieKeys(s));
  });
});

describe('tieChanges', () => {
  const ab = tie('a', 'b', 1);
  const ac = tie('a', 'c', 1);
  const bc = tie('b', 'c', 2);
  const cd = tie('c', 'd', 3);

  it.each<[string, Tie[], Tie[], Tie[], Tie[]]>([
    ['nothing', [ab, bc], [ab, bc], [], []],
    ['one added at the end', [ab], [ab, bc], [bc], []],
    ['one added in between', [ab, cd], [ab, bc, cd], [bc], []],
    ['one ended in between', [ab, bc, cd], [ab, cd], [], [bc]],
    ['all replaced', [ab, ac], [bc, cd], [bc, cd], [ab, ac]],
    ['from none', [], [ab, ac], [ab, ac], []],
    ['to none', [ab, ac], [], [], [ab, ac]],
  ])('in span order: %s', (_what, was, is, added, ended) => {
    expect(tieChanges(state([], was), state([], is))).toEqual({ added, ended });
  });

  it('sees a relation changed (a new span of the same pair) as no change', () => {
    const again = { ...tie('a', 'b', 5), relation: 'split' };
    expect(tieChanges(state([], [ab, bc]), state([], [bc, again]))).toEqual({
      added: [],
      ended: [],
    });
    expect(tieChanges(state([], [ab, ac]), state([], [ac, again, cd]))).toEqual({
      added: [cd],
      ended: [],
    });
  });

  it('compares states out of span order by key', () => {
    const unordered = [bc, ab]; // since 2 before since 1
    expect(tieChanges(state([], unordered), state([], [ab, cd]))).toEqual({
      added: [cd],
      ended: [bc],
    });
    expect(tieChanges(state([], [ab, cd]), state([], unordered))).toEqual({
      added: [bc],
      ended: [cd],
    });
    // Equal (since, key) twice is not strictly increasing either.
    expect(tieChanges(state([], [ab, ab]), state([], [ab]))).toEqual({ added: [], ended: [] });
  });
});

describe('neighboursOf', () => {
  const step = (before: GraphState, s: GraphState) => {
    const was = new Set(before.actors);
    return {
      before,
      changes: tieChanges(before, s),
      newcomers: s.actors.filter((id) => !was.has(id)),
      wasPresent: (id: string) => was.has(id),
    };
  };

  it('builds sorted lists, then updates them step by step to what a rebuild gives', () => {
    const s0 = state(['d', 'a', 'c'], [tie('d', 'a', 1), tie('c', 'a', 1)]);
    const s1 = state(['d', 'a', 'c', 'b'], [tie('d', 'a', 1), tie('c', 'a', 1), tie('a', 'b', 2)]);
    const s2 = state(['d', 'a', 'c', 'b'], [tie('c', 'a', 1), tie('a', 'b', 2), tie('b', 'c', 3)]);
    const s3 = state(['d', 'a', 'c', 'b'], [tie('b', 'c', 3)]);
    const first = neighboursOf(s0, step(state([], []), s0));
    expect(plain(first)).toEqual({ a: ['c', 'd'], c: ['a'], d: ['a'] });
    expect(plain(neighboursOf(s1, step(s0, s1)))).toEqual({
      a: ['b', 'c', 'd'],
      b: ['a'],
      c: ['a'],
      d: ['a'],
    });
    expect(plain(neighboursOf(s2, step(s1, s2)))).toEqual({
      a: ['b', 'c'],
      b: ['a', 'c'],
      c: ['a', 'b'],
    });
    const last = neighboursOf(s3, step(s2, s3));
    expect(plain(last)).toEqual({ b: ['c'], c: ['b'] });
    expect(neighboursOf(s3, step(s2, s3))).toBe(last); // asked again: the same lists
  });

  it('rebuilds when an actor left, or a tie names one that is absent', () => {
    const s0 = state(['a', 'b', 'c'], [tie('a', 'b', 1), tie('b', 'c', 1)]);
    neighboursOf(s0, step(state([], []), s0));
    const gone = state(['a', 'b'], [tie('a', 'b', 1)]);
    expect(plain(neighboursOf(gone, step(s0, gone)))).toEqual({ a: ['b'], b: ['a'] });
    const stray = state(['a', 'b'], [tie('a', 'b', 1), tie('b', 'x', 2)]);
    expect(plain(neighboursOf(stray, step(gone, stray)))).toEqual({ a: ['b'], b: ['a'] });
    const next = state(['a', 'b', 'c'], [tie('a', 'b', 1), tie('b', 'x', 2), tie('c', 'a', 3)]);
    expect(plain(neighboursOf(next, step(stray, next)))).toEqual({
      a: ['b', 'c'],
      b: ['a'],
      c: ['a'],
    });
  });

  it('handles a key listed twice (which no timeline makes) as a rebuild would', () => {
    const s0 = state(['a', 'b', 'c'], [tie('a', 'b', 1)]);
    neighboursOf(s0, step(state([], []), s0));
    const twice = state(['a', 'b', 'c'], [tie('a', 'b', 1), tie('a', 'c', 2), tie('c', 'a', 3)]);
    expect(plain(neighboursOf(twice, step(s0, twice)))).toEqual({
      a: ['b', 'c', 'c'],
      b: ['a'],
      c: ['a', 'a'],
    });
  });
});
