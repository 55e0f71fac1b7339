// Pure: a position in layout units. No DOM, no Svelte.

/** A position in abstract layout units, centred on (0, 0); the view scales it to pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Positions keyed by actor id, in the order of the network's actors. */
export type Positions = ReadonlyMap<string, Point>;
