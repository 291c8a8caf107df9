/**
 * SVG path data from data coordinates, shared by the line charts. Coordinates are written with
 * one decimal and pinned to ±1e5 px: a diverged net's last finite outputs can be ~1e40, and
 * `toFixed` would then write an exponent, which path data cannot hold (the browser drops the
 * whole path with a console error). Pinned points sit far outside any chart, where clips hide them.
 */

/** A scale from data to pixels. */
export type Scale = (value: number) => number;

/** One pixel coordinate as path data can hold it: one decimal, no exponent, never NaN. */
export function pathCoordinate(value: number): string {
  const pinned = Number.isNaN(value) ? 0 : Math.min(1e5, Math.max(-1e5, value));
  return pinned.toFixed(1);
}

/** A polyline through x, y pairs (a trailing odd value is ignored). */
export function polylinePath(pairs: ArrayLike<number>, x: Scale, y: Scale): string {
  let path = '';
  for (let index = 0; index + 1 < pairs.length; index += 2) {
    path += `${index === 0 ? 'M' : 'L'}${pathCoordinate(x(pairs[index]))},${pathCoordinate(y(pairs[index + 1]))}`;
  }
  return path;
}
