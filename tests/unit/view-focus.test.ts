import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  chooseTieLabels,
  labelWidth,
  MAX_LABELS,
  neighbourhood,
  visibleLabels,
} from '../../src/lib/view/focus.ts';

const ties = [
  { key: 'a|b', source: 'a', target: 'b' },
  { key: 'b|c', source: 'c', target: 'b' },
  { key: 'c|d', source: 'c', target: 'd' },
  { key: 'd|e', source: 'd', target: 'e' },
];

describe('the focused neighbourhood', () => {
  it.each([
    [undefined, undefined],
    ['a', ['a', 'b']],
    ['b', ['a', 'b', 'c']], // either end of a tie
    ['e', ['d', 'e']],
    ['z', ['z']], // an actor without ties is its own neighbourhood
  ])('of %s: %o', (focus, expected) => {
    const set = neighbourhood(ties, focus);
    expect(set === undefined ? undefined : [...set].sort()).toEqual(expected);
  });
});

describe('which actors get a label', () => {
  const all = () => true;

  it('labels the focus, the selection, the neighbours, then the event, each once', () => {
    const labels = chooseLabels({
      focus: 'b',
      selected: 'd',
      neighbours: neighbourhood(ties, 'b'),
      involved: ['d', 'e'],
      drawn: all,
    });
    expect(labels).toEqual([
      { id: 'b', role: 'focus' },
      { id: 'd', role: 'selected' },
      { id: 'a', role: 'neighbour' },
      { id: 'c', role: 'neighbour' },
      { id: 'e', role: 'involved' },
    ]);
  });

  it('without a focus, labels only the selection and the event', () => {
    expect(
      chooseLabels({
        focus: undefined,
        selected: undefined,
        neighbours: undefined,
        involved: ['c', 'd'],
        drawn: all,
      }).map((l) => l.id),
    ).toEqual(['c', 'd']);
  });

  it('skips actors that are not drawn', () => {
    expect(
      chooseLabels({
        focus: 'b',
        selected: 'x',
        neighbours: neighbourhood(ties, 'b'),
        involved: ['y'],
        drawn: (id) => id !== 'x' && id !== 'a',
      }).map((l) => l.id),
    ).toEqual(['b', 'c', 'y']);
  });

  it('stops at the cap, strongest roles first', () => {
    // A hub's neighbours fill the cap before the event's actors, who are dimmed meanwhile.
    const hub = Array.from({ length: 500 }, (_, i) => ({ source: 'hub', target: `n${i}` }));
    const labels = chooseLabels({
      focus: 'hub',
      selected: 'sel',
      neighbours: neighbourhood(hub, 'hub'),
      involved: ['ev1', 'ev2'],
      drawn: all,
    });
    expect(labels).toHaveLength(MAX_LABELS);
    expect(labels.slice(0, 3).map((l) => l.id)).toEqual(['hub', 'sel', 'n0']);
    expect(labels.map((l) => l.role)).not.toContain('involved');
    expect(new Set(labels.map((l) => l.id)).size).toBe(MAX_LABELS);
    expect(
      chooseLabels({
        focus: 'hub',
        selected: undefined,
        neighbours: undefined,
        involved: [],
        drawn: all,
        max: 0,
      }),
    ).toEqual([]);
  });
});

describe('which relations are written on the drawing', () => {
  it.each([
    ['b', new Set<string>(), ['a|b', 'b|c']], // the focus's own ties
    [undefined, new Set(['c', 'd', 'e']), ['c|d', 'd|e']], // ties among the event's actors
    [undefined, new Set(['a']), []],
  ])('focus %s, involved %o: %o', (focus, involved, keys) => {
    expect(chooseTieLabels(ties, focus, involved).map((t) => t.key)).toEqual(keys);
  });

  it('stops at the cap', () => {
    const hub = Array.from({ length: 50 }, (_, i) => ({ source: 'hub', target: `n${i}` }));
    expect(chooseTieLabels(hub, 'hub', new Set(), 5)).toHaveLength(5);
  });
});

describe('labels that would overlap', () => {
  const box = (x: number, y: number, width = 40, height = 15) => ({ x, y, width, height });

  it.each([
    ['apart side by side', [box(0, 0), box(40, 0)], [true, true]],
    ['overlapping', [box(0, 0), box(39, 0)], [true, false]],
    ['one above the other', [box(0, 0), box(0, 15)], [true, true]],
    ['touching vertically by a pixel', [box(0, 0), box(0, 14)], [true, false]],
    // The second hides under the first; the third is judged against shown labels only.
    ['a chain', [box(0, 0), box(30, 0), box(45, 0)], [true, false, true]],
    ['none', [], []],
  ])('%s', (_, boxes, expected) => {
    expect(visibleLabels(boxes)).toEqual(expected);
  });

  it('estimates wider boxes for longer text and larger type', () => {
    expect(labelWidth('Altman', 12.8)).toBeGreaterThan(labelWidth('Musk', 12.8));
    expect(labelWidth('Musk', 16)).toBeGreaterThan(labelWidth('Musk', 12.8));
    expect(labelWidth('', 12.8)).toBeGreaterThan(0);
  });
});
