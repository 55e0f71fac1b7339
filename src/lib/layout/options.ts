// Pure: the layout's tuning knobs and their defaults, in one place. No DOM, no Svelte.
// Distances are abstract layout units, centred on (0, 0); the view scales them to pixels.

/** How the force layout of a story is computed. Every field is optional. */
export interface LayoutOptions {
  /** Seed of the LCG random source (d3-force's own style); default 1. */
  seed?: number;
  /** Ticks run for a cold (from scratch) layout: the first keyframe; default 300 (d3's own). */
  ticks?: number;
  /** Most ticks run per warm-started keyframe; default 120. A run stops early once settled. */
  warmTicks?: number;
  /** Starting alpha ("temperature") of a warm start; default 0.3 (a cold start uses 1). */
  warmAlpha?: number;
  /** Target link distance in layout units; default 60. */
  linkDistance?: number;
  /** many-body strength; default -180 (negative: actors repel). */
  charge?: number;
  /**
   * Beyond this distance actors do not repel (d3's distanceMax), layout units; default
   * 5 × linkDistance (300). It also bounds what a warm start has to look at around a change.
   */
  chargeRange?: number;
  /** Collision radius of an actor, layout units; default 18. */
  collideRadius?: number;
  /** Strength of the weak pull toward (0, 0) that keeps disconnected actors in; default 0.04. */
  centerStrength?: number;
  /** Strength of the weak pull toward an actor's previous position (warm starts); default 0.1. */
  anchorStrength?: number;
  /**
   * Graph hops from a change within which actors may move at a warm start. A change is a newcomer
   * or a tie added or ended (not a relation changing); its actors always move. Default 0: only
   * they do, everyone else keeps their position exactly (most stable, and cost follows the
   * change); 1 lets their neighbours adjust too; Infinity moves everyone.
   */
  reach?: number;
  /** A run stops once no free actor moves more than this in one tick, layout units; default 0.05. */
  settle?: number;
  /** Warm-start each keyframe from the previous one; default true. False lays each out cold. */
  warmStart?: boolean;
}

/** Every option with its default filled in. */
export type ResolvedOptions = Required<LayoutOptions>;

/** Fills in the defaults documented on {@link LayoutOptions}. */
export function resolveOptions(options: LayoutOptions = {}): ResolvedOptions {
  const linkDistance = options.linkDistance ?? 60;
  return {
    seed: options.seed ?? 1,
    ticks: options.ticks ?? 300,
    warmTicks: options.warmTicks ?? 120,
    warmAlpha: options.warmAlpha ?? 0.3,
    linkDistance,
    charge: options.charge ?? -180,
    chargeRange: options.chargeRange ?? 5 * linkDistance,
    collideRadius: options.collideRadius ?? 18,
    centerStrength: options.centerStrength ?? 0.04,
    anchorStrength: options.anchorStrength ?? 0.1,
    reach: options.reach ?? 0,
    settle: options.settle ?? 0.05,
    warmStart: options.warmStart ?? true,
  };
}
