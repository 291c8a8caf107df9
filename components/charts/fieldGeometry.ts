import { contours } from 'd3-contour';

/** A 2-D input box: the region a decision field covers. */
export interface Box {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Maps a data point to screen coordinates (x right, y up in data, down on screen). */
export type Project = (x: number, y: number) => [number, number];

/**
 * The level-`threshold` contour of a resolution × resolution grid (x fastest, y from yMin
 * upward, samples at the box's ends included) as an SVG path, projected to the screen.
 */
export function contourPath(values: ArrayLike<number>, resolution: number, box: Box, project: Project, threshold = 0.5): string {
  const field = Array.from(values, (value) => (Number.isFinite(value) ? value : threshold));
  const [shape] = contours().size([resolution, resolution]).thresholds([threshold])(field);
  if (!shape) return '';
  // d3-contour puts sample i at coordinate i + 0.5; sample i sits at xMin + i·Δ.
  const dx = (box.xMax - box.xMin) / (resolution - 1);
  const dy = (box.yMax - box.yMin) / (resolution - 1);
  const toScreen = ([cx, cy]: number[]) => {
    const x = box.xMin + Math.min(resolution - 1, Math.max(0, cx - 0.5)) * dx;
    const y = box.yMin + Math.min(resolution - 1, Math.max(0, cy - 0.5)) * dy;
    const [sx, sy] = project(x, y);
    return `${sx.toFixed(1)},${sy.toFixed(1)}`;
  };
  return shape.coordinates
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map(toScreen).join('L')}Z`))
    .join('');
}

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
      const t = Math.abs(p - 0.5) * 2 * 0.75;
      const end = p < 0.5 ? low : high;
      const at = (row * resolution + column) * 4;
      for (let channel = 0; channel < 3; channel++) pixels[at + channel] = middle[channel] + (end[channel] - middle[channel]) * t;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}
