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
