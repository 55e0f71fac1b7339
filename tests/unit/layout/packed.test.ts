import { describe, expect, it } from 'vitest';
import type { KeyframeLayout, Point } from '../../../src/lib/layout/keyframe-layout.ts';
import { actorIndex, packLayout, unpackLayouts } from '../../../src/lib/layout/packed.ts';
import { prelay, unprelay } from '../../../src/lib/layout/prelaid.ts';
import type { Story } from '../../../src/lib/schema/story.ts';

const map = (points: [string, number, number][]) =>
  new Map<string, Point>(points.map(([id, x, y]) => [id, { x, y }]));
const story = {
  actors: ['a', 'b', 'c'].map((id) => ({ id, kind: 'person', name: { en: id } })),
} as unknown as Story;

describe('actorIndex', () => {
  it('numbers actors in story order', () => {
    expect([...actorIndex(story)]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });
});

describe('packLayout', () => {
  const index = actorIndex(story);
  const first: KeyframeLayout = {
    keyframe: 5,
    positions: map([
      ['c', 1.5, -2],
      ['a', 3, 4],
    ]),
  };

  it('packs indices and x, y pairs in the layout’s order, and hands their buffers over', () => {
    const { packed, transfer } = packLayout(first, undefined, index);
    expect(packed.keyframe).toBe(5);
    expect([...(packed.actors ?? [])]).toEqual([2, 0]);
    expect([...(packed.xy ?? [])]).toEqual([1.5, -2, 3, 4]);
    expect(transfer).toEqual([packed.actors?.buffer, packed.xy?.buffer]);
  });

  it('packs a keyframe that repeats the one before as its instant alone', () => {
    const again = { keyframe: 9, positions: first.positions };
    expect(packLayout(again, first, index)).toEqual({ packed: { keyframe: 9 }, transfer: [] });
    const moved = { keyframe: 9, positions: map([['a', 3, 4]]) };
    expect(packLayout(moved, first, index).packed.actors).toBeDefined();
  });

  it('refuses an actor the story does not have', () => {
    const stray = { keyframe: 1, positions: map([['zed', 0, 0]]) };
    expect(() => packLayout(stray, undefined, index)).toThrow(
      new Error('actor "zed" is not in the story'),
    );
  });
});

describe('unpackLayouts', () => {
  const ids = ['a', 'b', 'c'];
  it('rebuilds maps, and repeats the map before for a keyframe without arrays', () => {
    const out = unpackLayouts(
      [
        { keyframe: 1, actors: Int32Array.from([1, 2]), xy: Float64Array.from([1, 2, 3, 4]) },
        { keyframe: 2 },
      ],
      ids,
      undefined,
    );
    expect(out.map((l) => [l.keyframe, [...l.positions]])).toEqual([
      [
        1,
        [
          ['b', { x: 1, y: 2 }],
          ['c', { x: 3, y: 4 }],
        ],
      ],
      [
        2,
        [
          ['b', { x: 1, y: 2 }],
          ['c', { x: 3, y: 4 }],
        ],
      ],
    ]);
    expect(out[1]?.positions).toBe(out[0]?.positions);
  });

  it('repeats the layout given as the one before', () => {
    const before = { keyframe: 0, positions: map([['a', 0, 0]]) };
    expect(unpackLayouts([{ keyframe: 3 }], ids, before)[0]?.positions).toBe(before.positions);
  });

  it.each([
    [[{ keyframe: 1 }], 'the first layout cannot repeat the one before'],
    [
      [{ keyframe: 1, actors: Int32Array.from([3]), xy: Float64Array.from([0, 0]) }],
      'no actor at index 3',
    ],
    [
      [{ keyframe: 1, actors: Int32Array.from([-1]), xy: Float64Array.from([0, 0]) }],
      'no actor at index -1',
    ],
  ])('refuses %j', (packed, message) => {
    expect(() => unpackLayouts(packed, ids, undefined)).toThrow(new Error(message));
  });
});

describe('prelay and unprelay', () => {
  it('write plain arrays, nothing for a repeated keyframe, and read them back', () => {
    const one = map([
      ['b', 0.1, 0.2],
      ['a', -1, 1],
    ]);
    const layouts = [
      { keyframe: 1, positions: one },
      { keyframe: 2, positions: one },
      { keyframe: 3, positions: map([['c', 7, 8]]) },
    ];
    const data = prelay(story, layouts);
    expect(data).toEqual([
      { keyframe: 1, actors: [1, 0], xy: [0.1, 0.2, -1, 1] },
      { keyframe: 2 },
      { keyframe: 3, actors: [2], xy: [7, 8] },
    ]);
    const back = unprelay(story, data);
    expect(back.map((l) => [l.keyframe, [...l.positions]])).toEqual(
      layouts.map((l) => [l.keyframe, [...l.positions]]),
    );
    expect(back[1]?.positions).toBe(back[0]?.positions);
  });

  it('reads a keyframe with only one of the arrays as a repeat', () => {
    const back = unprelay(story, [
      { keyframe: 1, actors: [0], xy: [1, 1] },
      { keyframe: 2, actors: [1] },
    ]);
    expect(back[1]?.positions).toBe(back[0]?.positions);
  });
});
