/**
 * SVG path strings for the demo's line charts: one <path> per series, however many points or
 * markers (a sawtooth of 1,024 pieces stays one node, not a thousand).
 */

type Scale = (value: number) => number;

/**
 * A pixel coordinate as SVG path data can hold it: one decimal, never an exponent or NaN. A
 * diverged net's last finite outputs can be ~1e40, far off the chart; they are pinned a long way
 * outside it, where the clip hides them.
 */
function coordinate(value: number): string {
  const pinned = Number.isNaN(value) ? 0 : Math.min(1e5, Math.max(-1e5, value));
  return pinned.toFixed(1);
}

/** A polyline through x, y pairs. */
export function polylinePath(pairs: ArrayLike<number>, x: Scale, y: Scale): string {
  let path = '';
  for (let index = 0; index < pairs.length; index += 2) {
    path += `${index === 0 ? 'M' : 'L'}${coordinate(x(pairs[index]))},${coordinate(y(pairs[index + 1]))}`;
  }
  return path;
}

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
