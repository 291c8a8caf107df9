/**
 * Pixels for the plots' canvases, apart from the markup so that the small client painters
 * (FieldCanvas, RegionCanvas) carry no d3 and nothing else a server poster does not need.
 */
import type { Box, PlanarRegion } from '@/lib/analysis/linearRegions2d';

/**
 * RGBA pixels of a field of class-1 probabilities, from `low` (p = 0) through `middle`
 * (p = ½) to `high` (p = 1), with the y axis flipped so that row 0 is the top (yMax).
 */
export function fieldPixels(
  values: ArrayLike<number>,
  resolution: number,
  low: [number, number, number],
  middle: [number, number, number],
  high: [number, number, number],
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(resolution * resolution * 4);
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const raw = values[(resolution - 1 - row) * resolution + column];
      const p = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0.5;
      const t = Math.abs(p - 0.5) * 2 * 0.6;
      const end = p < 0.5 ? low : high;
      const at = (row * resolution + column) * 4;
      for (let channel = 0; channel < 3; channel++) pixels[at + channel] = middle[channel] + (end[channel] - middle[channel]) * t;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

/** Shades between the background and the full colour, so neighbouring patterns differ. */
const shadeLevels = [0.16, 0.62, 0.3, 0.82, 0.44, 0.22, 0.72, 0.52];

/** FNV-1a over an activation pattern's bits: the same pattern always gets the same shade. */
export function shadeOf(pattern: ArrayLike<number>): number {
  let hash = 2166136261;
  for (let index = 0; index < pattern.length; index++) hash = Math.imul(hash ^ (pattern[index] + 1 + index * 2), 16777619);
  return shadeLevels[(hash >>> 0) % shadeLevels.length];
}

/** The CSS colour a share of the way from one [r, g, b] to another. */
export function mixRgb(from: readonly number[], to: readonly number[], share: number): string {
  return `rgb(${from.map((channel, index) => Math.round(channel + (to[index] - channel) * share)).join(',')})`;
}

/**
 * Fills each convex region (a polygon in data coordinates) of `box` on a plot × plot drawing
 * area, in a shade of `full` over `background` picked by its pattern, edges in the background.
 */
export function paintRegions(
  context: CanvasRenderingContext2D,
  regions: readonly PlanarRegion[],
  box: Box,
  plot: number,
  background: [number, number, number],
  full: [number, number, number],
  edge: string,
): void {
  const x = (value: number) => ((value - box.xMin) / (box.xMax - box.xMin)) * plot;
  const y = (value: number) => plot - ((value - box.yMin) / (box.yMax - box.yMin)) * plot;
  context.clearRect(0, 0, plot, plot);
  context.strokeStyle = edge;
  context.lineWidth = 0.8;
  for (const { polygon, pattern } of regions) {
    context.beginPath();
    context.moveTo(x(polygon[0]), y(polygon[1]));
    for (let index = 2; index < polygon.length; index += 2) context.lineTo(x(polygon[index]), y(polygon[index + 1]));
    context.closePath();
    context.fillStyle = mixRgb(background, full, shadeOf(pattern));
    context.fill();
    context.stroke();
  }
}
