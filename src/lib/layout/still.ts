// Pure: what still actors (fixed, left out of a warm run) do to the free ones. No DOM, no Svelte.
//
// d3's forceManyBody and forceCollide compute forces on every node given to them, fixed or not;
// in a large network almost all are still, so that work would be wasted. Instead the free actors
// run d3's forces among themselves, and one custom d3 force adds, with d3's own formulas, what
// the still actors do to each: charge and collision from those near it, plus a push from the
// charge of those farther away (up to the charge range). Near lists are recomputed when a free
// actor has moved `skin` units from where its list was made (a Verlet list), so collisions with
// still actors are never missed and the far push stays current.
import type { Force } from 'd3-force';
import type { Point } from './point.ts';
import type { SimLink, SimNode } from './simulate.ts';

/** The still actors of a warm run, bucketed in a grid of `range`-sized cells. */
export interface StillField {
  readonly cells: ReadonlyMap<number, readonly Point[]>;
  /** Radius of the near lists, layout units: collision distance plus `skin`. */
  readonly nearRange: number;
  /** How far a free actor may move before its near list is remade, layout units. */
  readonly skin: number;
  /** Many-body strength and cut-off distance (d3's distanceMax), as in the run. */
  readonly charge: number;
  readonly range: number;
}

interface Neighbourhood {
  readonly from: Point;
  readonly near: readonly Point[];
  readonly push: Point;
}

/** One number per grid cell (cell indices stay far below 2^20 for any sane layout). */
const cellKey = (x: number, y: number) => x * 2 ** 21 + y;

/** Buckets the still actors' positions (`range` ≥ `nearRange` = collision distance + skin). */
export function stillField(
  points: Iterable<Point>,
  o: { charge: number; range: number; collideRadius: number; skin: number },
): StillField {
  const cells = new Map<number, Point[]>();
  for (const p of points) {
    const key = cellKey(Math.floor(p.x / o.range), Math.floor(p.y / o.range));
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  const nearRange = Math.min(o.range, 2 * o.collideRadius + o.skin);
  return { cells, nearRange, skin: o.skin, charge: o.charge, range: o.range };
}

/** The still actors within `nearRange` of `p`, and the charge push (alpha 1) of the others. */
function neighbourhood(field: StillField, p: Point): Neighbourhood {
  const { cells, nearRange, charge, range } = field;
  const near: Point[] = [];
  let x = 0;
  let y = 0;
  const cx = Math.floor(p.x / range);
  const cy = Math.floor(p.y / range);
  for (let i = -1; i <= 1; i++) {
    for (let j = -1; j <= 1; j++) {
      for (const s of cells.get(cellKey(cx + i, cy + j)) ?? []) {
        const dx = s.x - p.x;
        const dy = s.y - p.y;
        const l = dx * dx + dy * dy;
        if (l < nearRange * nearRange) near.push(s);
        else if (l < range * range) {
          x += (dx * charge) / l;
          y += (dy * charge) / l;
        }
      }
    }
  }
  return { from: { x: p.x, y: p.y }, near, push: { x, y } };
}

/**
 * The d3 force of the still actors on the free nodes (those without fx): charge, scaled by alpha
 * like forceManyBody, then collision at `radius` each like forceCollide (looking at where the free
 * node is heading and removing the overlap's free half; the still actor's half is never applied).
 */
export function forceStill(field: StillField, radius: number): Force<SimNode, SimLink> {
  let free: SimNode[] = [];
  let lists: Neighbourhood[] = [];
  const force = (alpha: number) => {
    const { charge, range, skin } = field;
    const r = 2 * radius;
    free.forEach((node, i) => {
      const x = node.x ?? 0;
      const y = node.y ?? 0;
      let list = lists[i];
      if (!list || (x - list.from.x) ** 2 + (y - list.from.y) ** 2 > skin * skin) {
        list = lists[i] = neighbourhood(field, { x, y });
      }
      let vx = list.push.x;
      let vy = list.push.y;
      for (const s of list.near) {
        const dx = s.x - x;
        const dy = s.y - y;
        let l = dx * dx + dy * dy;
        if (l >= range * range || l === 0) continue;
        if (l < 1) l = Math.sqrt(l); // d3's distanceMin of 1
        vx += (dx * charge) / l;
        vy += (dy * charge) / l;
      }
      node.vx = (node.vx ?? 0) + vx * alpha;
      node.vy = (node.vy ?? 0) + vy * alpha;
      for (const s of list.near) {
        const dx = x + node.vx - s.x;
        const dy = y + node.vy - s.y;
        const l2 = dx * dx + dy * dy;
        if (l2 >= r * r || l2 === 0) continue;
        const l = Math.sqrt(l2);
        const k = ((r - l) / l) * 0.5;
        node.vx += dx * k;
        node.vy += dy * k;
      }
    });
  };
  force.initialize = (nodes: SimNode[]) => {
    free = nodes.filter((n) => n.fx == null);
    lists = [];
  };
  return force;
}
