/**
 * SVG path strings for the demo's line charts: one <path> per series, however many points or
 * markers (a sawtooth of 1,024 pieces stays one node, not a thousand).
 */

import { pathCoordinate as coordinate, polylinePath, type Scale } from '@/components/charts/pathData';

export { polylinePath };

/** The curve y = f(x) sampled at `count` points on [low, high]. */
export function functionPath(f: (x: number) => number, low: number, high: number, x: Scale, y: Scale, count = 400): string {
  const pairs = new Float64Array(count * 2);
  for (let index = 0; index < count; index++) {
    const at = low + ((high - low) * index) / (count - 1);
    pairs[2 * index] = at;
    pairs[2 * index + 1] = f(at);
  }
  return polylinePath(pairs, x, y);
}

/** Circles of radius r at the given x, y pairs, as one path of arcs. */
export function dotsPath(pairs: ArrayLike<number>, x: Scale, y: Scale, r: number): string {
  let path = '';
  for (let index = 0; index < pairs.length; index += 2) {
    const cx = x(pairs[index]), cy = y(pairs[index + 1]);
    path += `M${coordinate(cx - r)},${coordinate(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return path;
}

/** Vertical ticks of length `length` below the baseline `y0` at each x. */
export function ticksPath(xs: ArrayLike<number>, x: Scale, y0: number, length: number): string {
  let path = '';
  for (let index = 0; index < xs.length; index++) path += `M${coordinate(x(xs[index]))},${y0}v${length}`;
  return path;
}
