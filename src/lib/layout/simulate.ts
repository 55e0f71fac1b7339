// Pure: one run of d3-force over plain node copies, ticked by hand. No DOM, no Svelte, no timer.
//
// The caller passes copies: "the simulation will alter the objects" (x, y, vx, vy, index are
// written in place). The forces, all d3's own but one: links at `linkDistance` (strength 1 / the
// smaller degree, d3's default), many-body `charge` cut off at `chargeRange` (Barnes–Hut with
// d3's default theta), collision at `collideRadius`, a weak pull toward (0, 0) that keeps
// disconnected actors in, a weak pull of each actor toward its previous position, and, in a warm
// run, what the still actors do (still.ts), which then also repels and collides the free nodes.
//
// A warm run has a few dozen free nodes and is repeated at every keyframe, so d3's per-tick
// overhead (walking fixed nodes that never move, a call per force per node) would dominate it. It
// runs the very same arithmetic, in the same order, over flat arrays instead (simulateFlat): the
// positions are identical to simulateD3's, to the last bit (tests/unit/layout-still.test.ts).
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
import { type FreeArrays, forceStill, freeArrays, type StillField, stillForces } from './still.ts';

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
/** d3's velocityDecay: the share of its velocity a node keeps from one tick to the next. */
const VELOCITY_KEEP = 0.6;
/**
 * Most free nodes for which a warm run computes charge and collision pair by pair (O(n²) a tick);
 * beyond, d3's Barnes–Hut forces (O(n log n), a quadtree each tick) do it. A warm run at the
 * default reach frees a few dozen actors.
 */
const PAIRS_MAX = 200;

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
  const flat =
    params.still !== undefined &&
    nodes.filter((n) => n.fx == null).length <= PAIRS_MAX &&
    nodes.every(
      (n) => Number.isFinite(n.x) && Number.isFinite(n.y) && (n.fx == null) === (n.fy == null),
    );
  return flat
    ? simulateFlat(nodes, links, options, { ...params, still: params.still as StillField })
    : simulateD3(nodes, links, options, params);
}

/** The alpha decay per tick that takes `alpha` to ALPHA_MIN over `ticks` ticks. */
const decayOf = ({ alpha, ticks }: RunParams) =>
  Math.max(0, 1 - Math.pow(ALPHA_MIN / alpha, 1 / Math.max(1, ticks)));

/** {@link simulate} with d3's forceSimulation: every kind of run (a warm one with pairs up to PAIRS_MAX). */
export function simulateD3(
  nodes: SimNode[],
  links: SimLink[],
  options: ResolvedOptions,
  params: RunParams,
): number {
  const free = nodes.filter((n) => n.fx == null).length;
  const pairs = params.still !== undefined && free <= PAIRS_MAX;
  const simulation = forceSimulation(nodes)
    .randomSource(params.random)
    .stop()
    .alpha(params.alpha)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(decayOf(params))
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        .distance(options.linkDistance)
        .strength((l) => l.strength),
    );
  if (!pairs) {
    simulation
      .force(
        'charge',
        freeOnly(
          forceManyBody<SimNode>().strength(options.charge).distanceMax(options.chargeRange),
        ),
      )
      .force('collide', freeOnly(forceCollide<SimNode>(options.collideRadius)));
  }
  simulation
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
  if (params.still) {
    simulation.force('still', forceStill(params.still, options.collideRadius, pairs));
  }

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

/**
 * {@link simulateD3} of a warm run with pairs, over flat arrays: the same forces in the same
 * order (link, centre x and y, anchor x and y, still; then d3's velocity decay), the same
 * formulas, the same random draws. Every node must have a finite x and y, and fx and fy both set
 * or both unset. Writes x, y, vx, vy and index back to the nodes.
 */
export function simulateFlat(
  nodes: SimNode[],
  links: readonly SimLink[],
  options: ResolvedOptions,
  params: RunParams & { readonly still: StillField },
): number {
  // Free nodes first, in node order (the still forces take the first `free`), then fixed ones.
  const order = [...nodes.filter((d) => d.fx == null), ...nodes.filter((d) => d.fx != null)];
  const free = nodes.reduce((count, d) => (d.fx == null ? count + 1 : count), 0);
  const arrays = freeArrays(order.length);
  const { x, y, vx, vy } = arrays;
  order.forEach((d, i) => {
    x[i] = d.fx ?? (d.x as number);
    y[i] = d.fy ?? (d.y as number);
    const still = Number.isNaN(d.vx ?? NaN) || Number.isNaN(d.vy ?? NaN); // as d3 starts them
    vx[i] = still ? 0 : (d.vx as number);
    vy[i] = still ? 0 : (d.vy as number);
  });
  const link = flatLinks(order, links, options.linkDistance);
  // forceX(0) and forceY(0), and toward the anchors, with strengths as d3 computes them.
  const centre = options.centerStrength;
  const anchorX = Float64Array.from(order, (d) => d.anchorX ?? 0);
  const anchorY = Float64Array.from(order, (d) => d.anchorY ?? 0);
  const pull = (anchor: number | undefined) =>
    anchor === undefined || Number.isNaN(anchor) ? 0 : options.anchorStrength;
  const pullX = Float64Array.from(order, (d) => pull(d.anchorX));
  const pullY = Float64Array.from(order, (d) => pull(d.anchorY));
  const still = stillForces(params.still, options.collideRadius, true, params.random);
  const stillArrays: FreeArrays = { n: free, x, y, vx, vy }; // the free ones only
  const decay = decayOf(params);

  let alpha = params.alpha;
  let ticks = 0;
  while (ticks < params.ticks) {
    alpha += (0 - alpha) * decay;
    link(alpha, arrays, params.random);
    // A fixed node's velocity is dropped below: only free ones need these.
    for (let i = 0; i < free; i++) {
      const px = x[i] as number;
      const py = y[i] as number;
      vx[i] = (vx[i] as number) + (0 - px) * centre * alpha;
      vy[i] = (vy[i] as number) + (0 - py) * centre * alpha;
      vx[i] = (vx[i] as number) + ((anchorX[i] as number) - px) * (pullX[i] as number) * alpha;
      vy[i] = (vy[i] as number) + ((anchorY[i] as number) - py) * (pullY[i] as number) * alpha;
    }
    still(alpha, stillArrays);
    let most = 0;
    for (let i = 0; i < free; i++) {
      x[i] = (x[i] as number) + (vx[i] = (vx[i] as number) * VELOCITY_KEEP);
      y[i] = (y[i] as number) + (vy[i] = (vy[i] as number) * VELOCITY_KEEP);
      most = Math.max(most, Math.abs(vx[i] as number), Math.abs(vy[i] as number));
    }
    vx.fill(0, free); // fixed nodes stay at (fx, fy), at rest
    vy.fill(0, free);
    ticks++;
    if (most < options.settle) break;
  }
  order.forEach((d, i) => {
    d.x = x[i] as number;
    d.y = y[i] as number;
    d.vx = vx[i] as number;
    d.vy = vy[i] as number;
  });
  nodes.forEach((d, i) => (d.index = i));
  return ticks;
}

/**
 * d3's forceLink (link.js, one iteration) over flat arrays: ends resolved by id among `order`,
 * strengths from the links, bias by the number of links at each end, jiggle on a zero axis.
 */
function flatLinks(
  order: readonly SimNode[],
  links: readonly SimLink[],
  distance: number,
): (alpha: number, at: FreeArrays, random: () => number) => void {
  const index = new Map(order.map((d, i) => [d.id, i]));
  const end = (node: SimLink['source']): number => {
    const id = typeof node === 'object' ? node.id : node;
    const at = index.get(String(id));
    if (at === undefined) throw new Error(`node not found: ${id}`);
    return at;
  };
  const source = Int32Array.from(links, (l) => end(l.source));
  const target = Int32Array.from(links, (l) => end(l.target));
  const strength = Float64Array.from(links, (l) => l.strength);
  const count = new Float64Array(order.length);
  for (const ends of [source, target]) {
    for (const at of ends) count[at] = (count[at] as number) + 1;
  }
  const bias = Float64Array.from(links, (_, i) => {
    const s = count[source[i] as number] as number;
    return s / (s + (count[target[i] as number] as number));
  });
  return (alpha, { x, y, vx, vy }, random) => {
    for (let i = 0; i < links.length; i++) {
      const s = source[i] as number;
      const t = target[i] as number;
      let dx = (x[t] as number) + (vx[t] as number) - (x[s] as number) - (vx[s] as number);
      let dy = (y[t] as number) + (vy[t] as number) - (y[s] as number) - (vy[s] as number);
      dx ||= (random() - 0.5) * 1e-6;
      dy ||= (random() - 0.5) * 1e-6;
      let l = Math.sqrt(dx * dx + dy * dy);
      l = ((l - distance) / l) * alpha * (strength[i] as number);
      dx *= l;
      dy *= l;
      const b = bias[i] as number;
      vx[t] = (vx[t] as number) - dx * b;
      vy[t] = (vy[t] as number) - dy * b;
      vx[s] = (vx[s] as number) + dx * (1 - b);
      vy[s] = (vy[s] as number) + dy * (1 - b);
    }
  };
}
