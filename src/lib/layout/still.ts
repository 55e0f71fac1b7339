// Pure: how the actors of a warm run repel and collide with its free ones. No DOM, no Svelte.
//
// A warm run has a few dozen free actors (those near a change) among many still ones (fixed, left
// out of the run). d3's forceManyBody and forceCollide would build two quadtrees of the free nodes
// every tick, which for so few costs more than the forces themselves, and know nothing of the
// still ones. Instead one force applies d3's own formulas: between free actors exactly, pair by
// pair (Barnes–Hut with theta 0); from the still actors, charge and collision from those near a
// free actor plus a push from the charge of those farther away (up to the charge range). Near
// lists are recomputed when a free actor has moved `skin` units from where its list was made (a
// Verlet list), so collisions with still actors are never missed and the far push stays current.
import type { Force } from 'd3-force';
import type { Point } from './point.ts';
import { lcg } from './random.ts';
import type { SimLink, SimNode } from './simulate.ts';

/** The still actors of a warm run, bucketed in a grid of square cells. */
export interface StillField {
  /**
   * The still actors' coordinates, x then y for each, grouped by grid bucket: bucket b holds
   * those from `coords[2 * starts[b]]` up to `coords[2 * starts[b + 1]]`.
   */
  readonly coords: Float64Array;
  readonly starts: Int32Array;
  /** Side of a grid cell, layout units: `range` / SPLIT. */
  readonly cell: number;
  /** Radius of the near lists, layout units: collision distance plus `skin`. */
  readonly nearRange: number;
  /** How far a free actor may move before its near list is remade, layout units. */
  readonly skin: number;
  /** Many-body strength and cut-off distance (d3's distanceMax), as in the run. */
  readonly charge: number;
  readonly range: number;
}

/**
 * Cells a quarter of the charge range wide: the cells that a disc of that range touches cover
 * about half the area of the 3 × 3 range-wide cells around it, so a neighbourhood checks about
 * half as many still actors.
 */
const SPLIT = 4;
/**
 * Grid cells wrap around onto SIDE × SIDE buckets (a spatial hash): a fixed table instead of a map
 * of cells, filled in two passes over the still actors. Cells SIDE apart share a bucket, which
 * only costs a few more distance checks: every candidate's distance is checked anyway.
 */
const SIDE = 64;
const bucketOf = (cx: number, cy: number) => (cx & (SIDE - 1)) * SIDE + (cy & (SIDE - 1));

/** Buckets the still actors' positions (`range` ≥ `nearRange` = collision distance + skin). */
export function stillField(
  points: Iterable<Point>,
  o: { charge: number; range: number; collideRadius: number; skin: number },
): StillField {
  const cell = o.range / SPLIT;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { x, y } of points) {
    xs.push(x);
    ys.push(y);
  }
  // A counting sort by bucket: count, sum the counts into starts, then place.
  const buckets = Int32Array.from(xs, (x, i) =>
    bucketOf(Math.floor(x / cell), Math.floor((ys[i] as number) / cell)),
  );
  const starts = new Int32Array(SIDE * SIDE + 1);
  for (const b of buckets) starts[b + 1] = (starts[b + 1] as number) + 1;
  for (let b = 1; b < starts.length; b++) {
    starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  }
  const coords = new Float64Array(2 * xs.length);
  const next = starts.slice(0, -1);
  buckets.forEach((b, i) => {
    const at = next[b] as number;
    next[b] = at + 1;
    coords[2 * at] = xs[i] as number;
    coords[2 * at + 1] = ys[i] as number;
  });
  const nearRange = Math.min(o.range, 2 * o.collideRadius + o.skin);
  return { coords, starts, cell, nearRange, skin: o.skin, charge: o.charge, range: o.range };
}

/** A free node's still neighbours, as seen from where they were gathered. */
interface Neighbourhood {
  readonly fromX: number;
  readonly fromY: number;
  /** The still actors within `nearRange`: coordinates, x then y for each. */
  readonly near: readonly number[];
  /** The charge push (alpha 1) of the others within `range`. */
  readonly pushX: number;
  readonly pushY: number;
}

function neighbourhood(field: StillField, x: number, y: number): Neighbourhood {
  const { coords, starts, cell, nearRange, charge, range } = field;
  const near: number[] = [];
  let pushX = 0;
  let pushY = 0;
  const cx = Math.floor(x / cell);
  const cy = Math.floor(y / cell);
  for (let i = -SPLIT; i <= SPLIT; i++) {
    // How far (x, y) is from the column of cells, then from each cell: skip those out of range.
    const gapX = Math.max(0, (cx + i) * cell - x, x - (cx + i + 1) * cell);
    for (let j = -SPLIT; j <= SPLIT; j++) {
      const gapY = Math.max(0, (cy + j) * cell - y, y - (cy + j + 1) * cell);
      if (gapX * gapX + gapY * gapY >= range * range) continue;
      const b = bucketOf(cx + i, cy + j);
      const end = 2 * (starts[b + 1] as number);
      for (let k = 2 * (starts[b] as number); k < end; k += 2) {
        const sx = coords[k] as number;
        const sy = coords[k + 1] as number;
        const dx = sx - x;
        const dy = sy - y;
        const l = dx * dx + dy * dy;
        if (l < nearRange * nearRange) near.push(sx, sy);
        else if (l < range * range) {
          const w = charge / l;
          pushX += dx * w;
          pushY += dy * w;
        }
      }
    }
  }
  return { fromX: x, fromY: y, near, pushX, pushY };
}

/**
 * The free nodes of a run as flat arrays, index-aligned: positions and velocities (layout units,
 * units per tick). Only the first `n` entries are free nodes; more may follow.
 */
export interface FreeArrays {
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
}

/** Zeroed arrays for `n` free nodes. */
export function freeArrays(n: number): FreeArrays {
  const zeros = () => new Float64Array(n);
  return { n, x: zeros(), y: zeros(), vx: zeros(), vy: zeros() };
}

/**
 * One tick of what the other actors do to the free nodes of a warm run, on flat arrays: adds to
 * `vx` and `vy`, reads `x` and `y`. d3's formulas: charge (strength `field.charge`, cut off at
 * `field.range`, distanceMin 1), scaled by alpha like forceManyBody; then collision at `radius`
 * each like forceCollide (strength 1, looking at where each node is heading). Between two free
 * nodes (when `pairs`) both are pushed, exactly, every pair; a still actor pushes a free node and
 * is never pushed, so only the free node's half of an overlap with it is removed, as d3 does with
 * a fixed node. Without `pairs` the free nodes do not act on one another here. `random` jiggles
 * two free nodes exactly in line, as d3 does. The near lists are kept from tick to tick by index:
 * call the result with the same free nodes each time.
 */
export function stillForces(
  field: StillField,
  radius: number,
  pairs: boolean,
  random: () => number,
): (alpha: number, free: FreeArrays) => void {
  const lists: Neighbourhood[] = [];
  return (alpha, free) => {
    const { skin } = field;
    for (let i = 0; i < free.n; i++) {
      const x = free.x[i] as number;
      const y = free.y[i] as number;
      const list = lists[i];
      if (!list || (x - list.fromX) ** 2 + (y - list.fromY) ** 2 > skin * skin) {
        lists[i] = neighbourhood(field, x, y);
      }
    }
    stillCharge(field, lists, alpha, free);
    if (pairs) {
      pairCharge(field, alpha, free, random);
      pairCollide(2 * radius, free, random);
    }
    // Collision with the still actors last: they cannot give way, so they have the final word.
    stillCollide(2 * radius, lists, free);
  };
}

/** d3's jiggle: a tiny random offset for two nodes exactly in line on one axis. */
const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

function stillCharge(
  { charge, range }: StillField,
  lists: readonly Neighbourhood[],
  alpha: number,
  { n, x: px, y: py, vx, vy }: FreeArrays,
): void {
  for (let i = 0; i < n; i++) {
    const { near, pushX, pushY } = lists[i] as Neighbourhood;
    const x = px[i] as number;
    const y = py[i] as number;
    let fx = pushX;
    let fy = pushY;
    for (let k = 0; k < near.length; k += 2) {
      const dx = (near[k] as number) - x;
      const dy = (near[k + 1] as number) - y;
      let l = dx * dx + dy * dy;
      if (l >= range * range || l === 0) continue;
      if (l < 1) l = Math.sqrt(l); // d3's distanceMin of 1
      const w = charge / l;
      fx += dx * w;
      fy += dy * w;
    }
    vx[i] = (vx[i] as number) + fx * alpha;
    vy[i] = (vy[i] as number) + fy * alpha;
  }
}

/** Charge between free nodes, both ways, from where they are (positions are not changed). */
function pairCharge(
  { charge, range }: StillField,
  alpha: number,
  { n, x: px, y: py, vx, vy }: FreeArrays,
  random: () => number,
): void {
  const strength = charge * alpha;
  for (let i = 0; i < n; i++) {
    const x = px[i] as number;
    const y = py[i] as number;
    let fx = 0;
    let fy = 0;
    for (let j = i + 1; j < n; j++) {
      let dx = (px[j] as number) - x;
      let dy = (py[j] as number) - y;
      let l = dx * dx + dy * dy;
      if (l >= range * range) continue;
      if (dx === 0) l += (dx = jiggle(random)) ** 2;
      if (dy === 0) l += (dy = jiggle(random)) ** 2;
      if (l < 1) l = Math.sqrt(l);
      const w = strength / l;
      fx += dx * w;
      fy += dy * w;
      vx[j] = (vx[j] as number) - dx * w;
      vy[j] = (vy[j] as number) - dy * w;
    }
    vx[i] = (vx[i] as number) + fx;
    vy[i] = (vy[i] as number) + fy;
  }
}

/**
 * Collision between free nodes `r` apart (centre to centre), in d3's order: node i against every
 * later node j, each seen where it is heading now (i as it was when its turn began), half each.
 */
function pairCollide(
  r: number,
  { n, x: px, y: py, vx, vy }: FreeArrays,
  random: () => number,
): void {
  for (let i = 0; i < n; i++) {
    const xi = (px[i] as number) + (vx[i] as number);
    const yi = (py[i] as number) + (vy[i] as number);
    let fx = 0;
    let fy = 0;
    for (let j = i + 1; j < n; j++) {
      let dx = xi - (px[j] as number) - (vx[j] as number);
      if (dx >= r || dx <= -r) continue; // most pairs: apart along x alone
      let dy = yi - (py[j] as number) - (vy[j] as number);
      let l = dx * dx + dy * dy;
      if (l >= r * r) continue;
      if (dx === 0) l += (dx = jiggle(random)) ** 2;
      if (dy === 0) l += (dy = jiggle(random)) ** 2;
      l = Math.sqrt(l);
      const k = ((r - l) / l) * 0.5;
      fx += dx * k;
      fy += dy * k;
      vx[j] = (vx[j] as number) - dx * k;
      vy[j] = (vy[j] as number) - dy * k;
    }
    vx[i] = (vx[i] as number) + fx;
    vy[i] = (vy[i] as number) + fy;
  }
}

/** Collision of each free node with the still actors near it, `r` apart: the free half only. */
function stillCollide(
  r: number,
  lists: readonly Neighbourhood[],
  { n, x: px, y: py, vx, vy }: FreeArrays,
): void {
  for (let i = 0; i < n; i++) {
    const near = (lists[i] as Neighbourhood).near;
    const x = px[i] as number;
    const y = py[i] as number;
    let u = vx[i] as number;
    let v = vy[i] as number;
    for (let k = 0; k < near.length; k += 2) {
      const dx = x + u - (near[k] as number);
      const dy = y + v - (near[k + 1] as number);
      const l2 = dx * dx + dy * dy;
      if (l2 >= r * r || l2 === 0) continue;
      const l = Math.sqrt(l2);
      const q = ((r - l) / l) * 0.5;
      u += dx * q;
      v += dy * q;
    }
    vx[i] = u;
    vy[i] = v;
  }
}

/** Where the force reads and writes a node: always set by d3 before the first tick. */
type Moving = SimNode & { x: number; y: number; vx: number; vy: number };

/**
 * {@link stillForces} as a d3 force on the free nodes (those without fx) of a simulation, with
 * `pairs` by default: each tick copies their positions and velocities into flat arrays, and the
 * new velocities back.
 */
export function forceStill(
  field: StillField,
  radius: number,
  pairs = true,
): Force<SimNode, SimLink> {
  let free: Moving[] = [];
  let arrays = freeArrays(0);
  let apply = stillForces(field, radius, pairs, lcg()); // remade with the run's own source
  const force = (alpha: number) => {
    const { x, y, vx, vy } = arrays;
    free.forEach((node, i) => {
      x[i] = node.x;
      y[i] = node.y;
      vx[i] = node.vx;
      vy[i] = node.vy;
    });
    apply(alpha, arrays);
    free.forEach((node, i) => {
      node.vx = vx[i] as number;
      node.vy = vy[i] as number;
    });
  };
  force.initialize = (nodes: SimNode[], random: () => number) => {
    free = nodes.filter((node): node is Moving => node.fx == null);
    arrays = freeArrays(free.length);
    apply = stillForces(field, radius, pairs, random);
  };
  return force;
}
