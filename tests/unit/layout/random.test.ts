import { describe, expect, it } from 'vitest';
import { lcg } from '../../../src/lib/layout/random.ts';

const M = 2n ** 32n;
/** d3-force's LCG in exact integer arithmetic: s ← (1664525 s + 1013904223) mod 2^32. */
function* exact(seed: bigint) {
  let s = seed;
  for (;;) {
    s = (1664525n * s + 1013904223n) % M;
    yield Number(s) / 2 ** 32;
  }
}
const take = (next: () => number, n: number) => Array.from({ length: n }, next);
const takeExact = (seed: bigint, n: number) => {
  const it = exact(seed);
  return Array.from({ length: n }, () => it.next().value as number);
};

describe('lcg', () => {
  it('starts from seed 1 by default: 1015568748 / 2^32 first', () => {
    expect(lcg()()).toBe(1015568748 / 2 ** 32);
    expect(take(lcg(), 50)).toEqual(takeExact(1n, 50));
  });

  it.each([
    [0, 0n],
    [7, 7n],
    [7.9, 7n], // floored
    [-1, M - 1n], // reduced into [0, 2^32)
    [2 ** 32 + 3, 3n],
    [-(2 ** 32) - 2, M - 2n],
  ])('seed %d runs as %s', (seed, as) => {
    expect(take(lcg(seed), 20)).toEqual(takeExact(as, 20));
  });
});
