// Pure: which drawn actor is under the pointer, for the canvas renderer. No DOM, no Svelte.
//
// A uniform grid over the points, stored flat (counting sort into typed arrays): rebuilding it for
// 5,000 points is one pass and reuses its buffers, so it can follow positions that change on every
// scrub frame without feeding the garbage collector; a query looks at the few cells around the
// pointer.

/** Points as parallel coordinate arrays; a NaN coordinate means "not drawn" and is never hit. */
export interface Points {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** How many of the arrays' entries are points (the arrays may be longer: reused buffers). */
  readonly count: number;
}

/** Cells per point at most: a sparse, spread-out layout gets bigger cells instead of more. */
const CELLS_PER_POINT = 4;

export class PointGrid {
  #points: Points = { xs: [], ys: [], count: 0 };
  #cell = 1;
  #cols = 0;
  #rows = 0;
  #minX = 0;
  #minY = 0;
  /** Cell c holds #items[#start[c] .. #start[c + 1]). */
  #start = new Int32Array(1);
  #items = new Int32Array(0);

  /**
   * Indexes `points` in cells of `cell` units (same units as the points; pick about twice the
   * largest query distance). Keeps a reference to the arrays: rebuild after they change.
   */
  rebuild(points: Points, cell: number): this {
    const { xs, ys, count } = points;
    this.#points = points;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let drawn = 0;
    for (let i = 0; i < count; i++) {
      const x = xs[i] ?? NaN;
      const y = ys[i] ?? NaN;
      if (x !== x || y !== y) continue; // NaN: not drawn
      drawn++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (drawn === 0) {
      this.#cols = this.#rows = 0;
      return this;
    }
    let size = Math.max(cell, 1e-9);
    const area = (maxX - minX + size) * (maxY - minY + size);
    if (area / (size * size) > CELLS_PER_POINT * drawn + 16)
      size = Math.sqrt(area / (CELLS_PER_POINT * drawn + 16));
    this.#cell = size;
    this.#minX = minX;
    this.#minY = minY;
    this.#cols = Math.floor((maxX - minX) / size) + 1;
    this.#rows = Math.floor((maxY - minY) / size) + 1;
    const cells = this.#cols * this.#rows;
    if (this.#start.length < cells + 1) this.#start = new Int32Array(cells + 1);
    if (this.#items.length < drawn) this.#items = new Int32Array(drawn);
    const start = this.#start;
    start.fill(0, 0, cells + 1);
    for (let i = 0; i < count; i++) {
      const c = this.#cellOf(xs[i] ?? NaN, ys[i] ?? NaN);
      if (c >= 0) start[c + 1]! += 1;
    }
    // Counts, then running totals: cell c ends at start[c + 1].
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    // Fill each cell from its end backwards; afterwards start[c + 1] is where cell c begins…
    for (let i = count - 1; i >= 0; i--) {
      const c = this.#cellOf(xs[i] ?? NaN, ys[i] ?? NaN);
      if (c < 0) continue;
      const slot = start[c + 1]! - 1;
      start[c + 1] = slot;
      this.#items[slot] = i;
    }
    // …so shift by one: cell c holds items[start[c] .. start[c + 1]).
    for (let c = 0; c < cells; c++) start[c] = start[c + 1]!;
    start[cells] = drawn;
    return this;
  }

  /**
   * Index of the point nearest (x, y) no farther than `maxDistance`, or -1. Equal distances go to
   * the higher index: the one drawn on top.
   */
  nearest(x: number, y: number, maxDistance: number): number {
    if (this.#cols === 0 || !(maxDistance >= 0)) return -1;
    const { xs, ys } = this.#points;
    const size = this.#cell;
    // One cell more on each side than the distance needs: a point on a cell's edge, or a distance
    // lost to rounding, is still looked at.
    const c0 = Math.max(0, Math.floor((x - maxDistance - this.#minX) / size) - 1);
    const c1 = Math.min(this.#cols - 1, Math.floor((x + maxDistance - this.#minX) / size) + 1);
    const r0 = Math.max(0, Math.floor((y - maxDistance - this.#minY) / size) - 1);
    const r1 = Math.min(this.#rows - 1, Math.floor((y + maxDistance - this.#minY) / size) + 1);
    let best = -1;
    let bestD = maxDistance * maxDistance;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * this.#cols + c;
        for (let s = this.#start[cell]!, end = this.#start[cell + 1]!; s < end; s++) {
          const i = this.#items[s]!;
          const dx = (xs[i] ?? NaN) - x;
          const dy = (ys[i] ?? NaN) - y;
          const d = dx * dx + dy * dy;
          if (d < bestD || (d === bestD && i > best)) {
            best = i;
            bestD = d;
          }
        }
      }
    }
    return best;
  }

  #cellOf(x: number, y: number): number {
    if (x !== x || y !== y) return -1;
    const c = Math.floor((x - this.#minX) / this.#cell);
    const r = Math.floor((y - this.#minY) / this.#cell);
    return r * this.#cols + c;
  }
}
