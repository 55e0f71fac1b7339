// Pure: one run of d3-force over plain node copies, ticked by hand. No DOM, no Svelte, no timer.
//
// The caller passes copies: "the simulation will alter the objects" (x, y, vx, vy, index are
// written in place, link ends are replaced by their nodes). The forces, all d3's own but one:
// links at `linkDistance` (strength 1 / the smaller degree, d3's default), many-body `charge` cut
// off at `chargeRange` (Barnes–Hut with d3's default theta), collision at `collideRadius`, a weak
// pull toward (0, 0) that keeps disconnected actors in, a weak pull of each actor toward its
// previous position, and, in a warm run, what the still actors do (still.ts).
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { ResolvedOptions } from './options.ts';
import { forceStill, type StillField } from './still.ts';

/** An actor as the simulation sees it. Fixed actors (fx, fy set) are link ends that never move. */
export interface SimNode extends SimulationNodeDatum {
  readonly id: string;
  /** The actor's position at the previous keyframe, which it is weakly pulled back to. */
  readonly anchorX?: number;
  readonly anchorY?: number;
}

/** A tie between two actor ids, with its link strength (d3's default: 1 / the smaller degree). */
export interface SimLink extends SimulationLinkDatum<SimNode> {
  readonly strength: number;
}

/** How hot a run starts and how long it may last. */
export interface RunParams {
  /** Starting alpha: 1 for a cold start. */
  readonly alpha: number;
  /** Most ticks; alpha decays to d3's alphaMin (0.001) over exactly this many. */
  readonly ticks: number;
  readonly random: () => number;
  /** The still actors left out of a warm run, felt by the free nodes; none for a cold run. */
  readonly still?: StillField;
}

const ALPHA_MIN = 0.001;

/**
 * Runs the forces on `nodes` (mutated in place) and returns the number of ticks run. Stops early
 * once no free node moved more than `options.settle` units in a tick.
 */
export function simulate(
  nodes: SimNode[],
  links: SimLink[],
  options: ResolvedOptions,
  params: RunParams,
): number {
  const decay = 1 - Math.pow(ALPHA_MIN / params.alpha, 1 / Math.max(1, params.ticks));
  const simulation = forceSimulation(nodes)
    .randomSource(params.random)
    .stop()
    .alpha(params.alpha)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(Math.max(0, decay))
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        .distance(options.linkDistance)
        .strength((l) => l.strength),
    )
    .force(
      'charge',
      freeOnly(forceManyBody<SimNode>().strength(options.charge).distanceMax(options.chargeRange)),
    )
    .force('collide', freeOnly(forceCollide<SimNode>(options.collideRadius)))
    .force('x', forceX<SimNode>(0).strength(options.centerStrength))
    .force('y', forceY<SimNode>(0).strength(options.centerStrength))
    .force(
      'anchor-x',
      forceX<SimNode>((d) => d.anchorX ?? 0).strength((d) =>
        d.anchorX === undefined ? 0 : options.anchorStrength,
      ),
    )
    .force(
      'anchor-y',
      forceY<SimNode>((d) => d.anchorY ?? 0).strength((d) =>
        d.anchorY === undefined ? 0 : options.anchorStrength,
      ),
    );

  if (params.still) simulation.force('still', forceStill(params.still, options.collideRadius));

  let ticks = 0;
  while (ticks < params.ticks) {
    simulation.tick();
    ticks++;
    if (largestStep(nodes) < options.settle) break;
  }
  return ticks;
}

/**
 * Hands a d3 force only the free nodes. A fixed node in a warm run is there as a link end; its
 * own charge and collision reach the free nodes through the still-actor forces instead.
 */
function freeOnly(force: Force<SimNode, SimLink>): Force<SimNode, SimLink> {
  const wrapped = (alpha: number) => force(alpha);
  wrapped.initialize = (nodes: SimNode[], random: () => number) =>
    force.initialize?.(
      nodes.filter((n) => n.fx == null),
      random,
    );
  return wrapped;
}

/** The farthest any free node moved in the last tick (its velocity is that tick's step). */
function largestStep(nodes: readonly SimNode[]): number {
  let most = 0;
  for (const node of nodes) {
    if (node.fx != null) continue;
    most = Math.max(most, Math.abs(node.vx ?? 0), Math.abs(node.vy ?? 0));
  }
  return most;
}
