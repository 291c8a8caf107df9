import { polylinePath } from '@/components/charts/pathData';
import { scaleLinear } from 'd3-scale';
import { curveInterval } from '@/lib/data/curveTargets';

/** The fit plot's margins (px): the drawing surface covers exactly the inside. */
export const plotMargin = { top: 14, right: 12, bottom: 34, left: 38 };
/** The output range shown; contributions beyond it are clipped. */
export const plotYDomain: [number, number] = [-1.35, 1.35];

/** The fit plot's height for a width, and its x and y scales. */
export function plotGeometry(width: number) {
  const height = Math.round(Math.min(320, Math.max(230, width * 0.5)));
  const x = scaleLinear().domain([curveInterval.low, curveInterval.high]).range([plotMargin.left, width - plotMargin.right]);
  const y = scaleLinear().domain(plotYDomain).range([height - plotMargin.bottom, plotMargin.top]);
  return { height, x, y };
}

export { polylinePath };

/** y = f(x) on 321 points of the interval, as one SVG path. */
export function functionPath(f: (value: number) => number, x: (value: number) => number, y: (value: number) => number): string {
  const { low, high } = curveInterval;
  const pairs = new Float64Array(321 * 2);
  for (let index = 0; index < 321; index++) {
    const at = low + ((high - low) * index) / 320;
    pairs[2 * index] = at;
    // Kept inside the plot, so a clipped target still reads as a curve.
    pairs[2 * index + 1] = Math.max(plotYDomain[0], Math.min(plotYDomain[1], f(at)));
  }
  return polylinePath(pairs, x, y);
}
