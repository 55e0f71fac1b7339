import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KeyframeLayout, layoutKeyframes } from '../../src/lib/layout/index.ts';
import {
  actorIndex,
  packLayout,
  type PackedLayout,
  unpackLayouts,
} from '../../src/lib/layout/packed.ts';
import { Timeline } from '../../src/lib/timeline/timeline.ts';
import { loadFixture } from './fixtures.ts';
import { storyArbitrary } from './story-arbitrary.ts';

const tiny = loadFixture('tiny.json');
const flagship = loadFixture('../../data/musk-altman.json');
const flagshipLayouts = layoutKeyframes(new Timeline(flagship));

describe('packed layouts', () => {
  it('survive postMessage in any batching: same keyframes, positions and shared maps', () => {
    fc.assert(
      fc.property(storyArbitrary(), fc.array(fc.integer({ min: 1, max: 4 })), (story, sizes) => {
        const layouts = layoutKeyframes(new Timeline(story));
        const index = actorIndex(story);
        const packed = layouts.map((l, i) => packLayout(l, layouts[i - 1], index));
        // Through the structured clone a worker's message goes through, buffers transferred.
        const cloned: PackedLayout[] = structuredClone(
          packed.map((p) => p.packed),
          { transfer: packed.flatMap((p) => p.transfer) },
        );
        const ids = story.actors.map((a) => a.id);
        const back: KeyframeLayout[] = [];
        let at = 0;
        for (let b = 0; at < cloned.length; b++) {
          const size = sizes[b % Math.max(1, sizes.length)] ?? 1;
          back.push(...unpackLayouts(cloned.slice(at, at + size), ids, back.at(-1)));
          at += size;
        }
        expect(back).toEqual(layouts);
        for (let i = 1; i < back.length; i++)
          expect(back[i]!.positions === back[i - 1]!.positions).toBe(
            layouts[i]!.positions === layouts[i - 1]!.positions,
          );
      }),
      { numRuns: 60 },
    );
  });

  it('send a keyframe whose positions did not change as no arrays at all', () => {
    // The flagship's 2018 split changes a relation, not who is tied: the network stays put.
    const layouts = flagshipLayouts;
    const repeats = layouts.findIndex((l, i) => i > 0 && l.positions === layouts[i - 1]!.positions);
    expect(repeats).toBeGreaterThan(0);
    const { packed, transfer } = packLayout(
      layouts[repeats]!,
      layouts[repeats - 1],
      actorIndex(flagship),
    );
    expect(packed).toEqual({ keyframe: layouts[repeats]!.keyframe });
    expect(transfer).toEqual([]);
  });

  it('refuse what does not fit the story, saying what', () => {
    const index = actorIndex(tiny);
    const stranger = { keyframe: 0, positions: new Map([['zed', { x: 0, y: 0 }]]) };
    expect(() => packLayout(stranger, undefined, index)).toThrow('actor "zed" is not in the story');
    expect(() => unpackLayouts([{ keyframe: 0 }], ['ada'], undefined)).toThrow(
      'the first layout cannot repeat',
    );
    const bad = { keyframe: 0, actors: Int32Array.of(5), xy: Float64Array.of(1, 2) };
    expect(() => unpackLayouts([bad], ['ada'], undefined)).toThrow('no actor at index 5');
  });
});
