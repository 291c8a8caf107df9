/**
 * Exact linear regions of a ReLU network with two inputs, inside a box. The box is cut by each
 * hidden unit's zero set in layer order: within a region of layers 1 … l−1 the network is
 * affine, so unit u of layer l has an affine pre-activation a_u(x, y) = c + a·x + b·y there and
 * its zero set is a straight line that splits the (convex) region in two. After the last
 * hidden layer every polygon carries one activation pattern, and each pattern's region is
 * convex, so polygons and regions correspond one to one. Exact up to float tolerance: a
 * vertex within 1e-9 (relative) of a cutting line counts as on it, so no slivers appear.
 */
import type { LayerWeights } from '../nn/spec';
import { applyLayer, applyPattern, hiddenLayers, makeInputMap, type AffineMap } from './reluNetwork';

/** An axis-aligned box [xMin, xMax] × [yMin, yMax] in input space. */
export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** One linear region: a convex polygon (x0, y0, x1, y1, …, counter-clockwise) and its pattern. */
export interface PlanarRegion {
  polygon: Float64Array;
  /** 1 = active, for every hidden unit, layer after layer. */
  pattern: Uint8Array;
}

/** All linear regions in a box, as `linearRegionsInBox` returns them. */
export interface PlanarRegions {
  count: number;
  regions: PlanarRegion[];
  /** True when splitting stopped at `maxRegions`; then `count` is only a lower bound. */
  truncated: boolean;
}

interface Piece {
  polygon: number[];
  pattern: number[];
}

/** Shoelace area of a polygon given as x, y pairs. */
export function polygonArea(polygon: ArrayLike<number>): number {
  let twice = 0;
  const vertices = polygon.length / 2;
  for (let index = 0; index < vertices; index++) {
    const next = (index + 1) % vertices;
    twice += polygon[2 * index] * polygon[2 * next + 1] - polygon[2 * next] * polygon[2 * index + 1];
  }
  return twice / 2;
}

/**
 * Sutherland–Hodgman against one line: the parts of a convex polygon where
 * f(x, y) = c + a·x + b·y ≥ 0 and ≤ 0. Vertices with |f| ≤ 1e-9 · max |f| over the polygon
 * count as on the line, so a line through a vertex or along an edge cuts off no sliver.
 * Either part is empty (length 0) when the polygon lies on one side.
 */
export function splitPolygon(polygon: number[], c: number, a: number, b: number): [number[], number[]] {
  const vertices = polygon.length / 2;
  const values = new Float64Array(vertices);
  let largest = 0;
  for (let index = 0; index < vertices; index++) {
    values[index] = c + a * polygon[2 * index] + b * polygon[2 * index + 1];
    largest = Math.max(largest, Math.abs(values[index]));
  }
  const tolerance = 1e-9 * largest;
  for (let index = 0; index < vertices; index++) if (Math.abs(values[index]) <= tolerance) values[index] = 0;
  if (values.every((value) => value >= 0)) return [polygon, []];
  if (values.every((value) => value <= 0)) return [[], polygon];
  const positive: number[] = [];
  const negative: number[] = [];
  for (let index = 0; index < vertices; index++) {
    const next = (index + 1) % vertices;
    const f0 = values[index], f1 = values[next];
    const x0 = polygon[2 * index], y0 = polygon[2 * index + 1];
    if (f0 >= 0) positive.push(x0, y0);
    if (f0 <= 0) negative.push(x0, y0);
    if ((f0 > 0 && f1 < 0) || (f0 < 0 && f1 > 0)) {
      const share = f0 / (f0 - f1);
      const x = x0 + share * (polygon[2 * next] - x0), y = y0 + share * (polygon[2 * next + 1] - y0);
      positive.push(x, y);
      negative.push(x, y);
    }
  }
  return [positive, negative];
}

/** Cuts every piece by every unit of one layer (pre-activations `pre` shared by the pieces). */
function splitByLayer(pieces: Piece[], pre: AffineMap, maxRegions: number): Piece[] {
  let current = pieces;
  for (let unit = 0; unit < pre.units; unit++) {
    const next: Piece[] = [];
    const c = pre.offset[unit], a = pre.slopes[2 * unit], b = pre.slopes[2 * unit + 1];
    for (const piece of current) {
      const [positive, negative] = splitPolygon(piece.polygon, c, a, b);
      if (positive.length >= 6 && polygonArea(positive) > 0) next.push({ polygon: positive, pattern: [...piece.pattern, 1] });
      if (negative.length >= 6 && polygonArea(negative) > 0) next.push({ polygon: negative, pattern: [...piece.pattern, 0] });
    }
    current = next;
    if (current.length > maxRegions) break;
  }
  return current;
}

/**
 * Every linear region of `layers` (hidden ReLU layers, then a linear output; inputSize 2)
 * inside `box`, exactly, by splitting. `maxRegions` (default 200,000) bounds the work.
 */
export function linearRegionsInBox(layers: LayerWeights[], box: Box, maxRegions = 200_000): PlanarRegions {
  const square = [box.xMin, box.yMin, box.xMax, box.yMin, box.xMax, box.yMax, box.xMin, box.yMax];
  let regions: { piece: Piece; map: AffineMap }[] = [
    { piece: { polygon: square, pattern: [] }, map: makeInputMap([0, 0], [[1, 0], [0, 1]]) },
  ];
  let truncated = false;
  for (const layer of hiddenLayers(layers)) {
    const next: { piece: Piece; map: AffineMap }[] = [];
    for (const { piece, map } of regions) {
      const pre = applyLayer(map, layer);
      for (const part of splitByLayer([piece], pre, maxRegions)) {
        const bits = Uint8Array.from(part.pattern.slice(piece.pattern.length));
        next.push({ piece: part, map: applyPattern(pre, bits) });
      }
    }
    regions = next;
    if (regions.length > maxRegions) {
      truncated = true;
      break;
    }
  }
  return {
    count: regions.length,
    regions: regions.map(({ piece }) => ({ polygon: Float64Array.from(piece.polygon), pattern: Uint8Array.from(piece.pattern) })),
    truncated,
  };
}

/** Just the number of linear regions of `layers` inside `box` (see `linearRegionsInBox`). */
export function countLinearRegions2d(layers: LayerWeights[], box: Box): number {
  return linearRegionsInBox(layers, box).count;
}
