// Pure: the seeded random source of the layout stage. No DOM, no Svelte.
//
// d3-force's own linear congruential generator (same constants as its lcg.js), which d3 does not
// export; here it takes a seed, so two layouts with the same seed consume the same sequence.

const A = 1664525;
const C = 1013904223;
const M = 4294967296; // 2^32

/**
 * A deterministic random source in [0, 1), as `forceSimulation().randomSource()` expects.
 * `seed` is any finite number (reduced modulo 2^32); the default 1 is d3-force's own start.
 */
export function lcg(seed = 1): () => number {
  let s = ((Math.floor(seed) % M) + M) % M;
  return () => (s = (A * s + C) % M) / M;
}
