import { scaleLinear } from 'd3-scale';
import { memo, type ReactNode } from 'react';
import { CanvasPlot } from './CanvasPlot';
import { FieldCanvas } from './FieldCanvas';
import { contourPath, type Box, type Project } from './fieldGeometry';

export interface FieldPoint {
  x: number;
  y: number;
  /** Class 0 or 1. */
  label: number;
  /** Validation points are drawn hollow-ringed, training points solid. */
  validation?: boolean;
}

interface Props {
  box: Box;
  /** The class-1 probability on resolution² points (x fastest, y upward), or null before any. */
  grid: { resolution: number; values: ArrayLike<number> } | null;
  points?: readonly FieldPoint[];
  /** The whole figure's width in pixels; the plot is square. */
  width: number;
  /** What the figure shows, for screen readers (the numbers the reader would read off it). */
  label: string;
  /** Extra SVG drawn over the field, in data coordinates through `project`. */
  overlay?: (project: Project) => ReactNode;
  xLabel?: string;
  yLabel?: string;
}

const margin = { top: 10, right: 10, bottom: 32, left: 36 };

/**
 * A two-class decision field: the network's class-1 probability as a diverging colour map
 * (class A's colour below ½, class B's above, pale at ½), the ½ boundary as a contour line,
 * the data on top, and labelled axes. The field is a canvas under an SVG of marks.
 *
 * Hook-free, so that a server poster renders it without shipping d3: only FieldCanvas, the
 * painter, is client code, and it is rendered only once there is a grid to paint.
 */
export function DecisionField({ box, grid, points = [], width, label, overlay, xLabel = 'x₁', yLabel = 'x₂' }: Props) {
  const side = Math.max(160, Math.min(width, 460));
  const plot = side - margin.left - margin.right;
  const x = scaleLinear().domain([box.xMin, box.xMax]).range([margin.left, margin.left + plot]);
  const y = scaleLinear().domain([box.yMin, box.yMax]).range([margin.top + plot, margin.top]);
  const project: Project = (px, py) => [x(px), y(py)];
  const boundary = grid ? contourPath(grid.values, grid.resolution, box, project) : '';
  return (
    <CanvasPlot
      className="decision-field"
      side={side}
      margin={margin}
      canvas={grid ? (style) => <FieldCanvas grid={grid} style={style} /> : undefined}
      label={label}
      xTicks={x.ticks(5).map((tick) => ({ value: tick, at: x(tick) }))}
      yTicks={y.ticks(5).map((tick) => ({ value: tick, at: y(tick) }))}
      xLabel={xLabel}
      yLabel={yLabel}
    >
      {boundary ? <path className="field-boundary" d={boundary} fill="none" stroke="var(--text)" strokeWidth={2} /> : null}
      <FieldPoints points={points} box={box} side={side} />
      {overlay?.(project)}
    </CanvasPlot>
  );
}

/** The data points; memoised, since they stay put while the field under them changes every frame. */
const FieldPoints = memo(function FieldPoints({ points, box, side }: { points: readonly FieldPoint[]; box: Box; side: number }) {
  const plot = side - margin.left - margin.right;
  const x = scaleLinear().domain([box.xMin, box.xMax]).range([margin.left, margin.left + plot]);
  const y = scaleLinear().domain([box.yMin, box.yMax]).range([margin.top + plot, margin.top]);
  return (
    <g className="field-points">
      {points.map((point, index) => (
        <circle
          key={index}
          cx={x(point.x)}
          cy={y(point.y)}
          r={point.validation ? 3 : 3.5}
          fill={point.label === 1 ? 'var(--class-b)' : 'var(--class-a)'}
          stroke={point.validation ? 'var(--text)' : 'var(--bg-raised)'}
          strokeWidth={point.validation ? 1.2 : 1}
        />
      ))}
    </g>
  );
});
