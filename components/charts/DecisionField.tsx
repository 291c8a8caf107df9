'use client';

import { scaleLinear } from 'd3-scale';
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { parseRgb, useThemeColours } from '@/components/hooks/useThemeColours';
import { contourPath, fieldPixels, type Box, type Project } from './fieldGeometry';

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
const themeNames = ['--class-a', '--class-b', '--bg-raised'] as const;

/**
 * A two-class decision field: the network's class-1 probability as a diverging colour map
 * (class A's colour below ½, class B's above, pale at ½), the ½ boundary as a contour line,
 * the data on top, and labelled axes. The field is a canvas under an SVG of marks.
 */
export function DecisionField({ box, grid, points = [], width, label, overlay, xLabel = 'x₁', yLabel = 'x₂' }: Props) {
  const side = Math.max(160, Math.min(width, 460));
  const plot = side - margin.left - margin.right;
  const x = scaleLinear().domain([box.xMin, box.xMax]).range([margin.left, margin.left + plot]);
  const y = scaleLinear().domain([box.yMin, box.yMax]).range([margin.top + plot, margin.top]);
  const project: Project = (px, py) => [x(px), y(py)];
  const height = margin.top + plot + margin.bottom;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colours = useThemeColours(themeNames);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !colours) return;
    if (!grid) {
      context.clearRect(0, 0, canvas.width, canvas.height);
      return;
    }
    canvas.width = grid.resolution;
    canvas.height = grid.resolution;
    const pixels = fieldPixels(grid.values, grid.resolution, parseRgb(colours['--class-a']), parseRgb(colours['--bg-raised']), parseRgb(colours['--class-b']));
    context.putImageData(new ImageData(pixels, grid.resolution, grid.resolution), 0, 0);
  }, [grid, colours]);

  const boundary = grid ? contourPath(grid.values, grid.resolution, box, project) : '';
  return (
    <div className="decision-field" style={{ width: side, maxWidth: '100%' }}>
      <div className="decision-field-stage" style={{ aspectRatio: `${side} / ${height}` }}>
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          style={{ left: `${(margin.left / side) * 100}%`, top: `${(margin.top / height) * 100}%`, width: `${(plot / side) * 100}%`, height: `${(plot / height) * 100}%` }}
        />
        <svg className="chart" viewBox={`0 0 ${side} ${height}`} role="img" aria-label={label}>
          <rect x={margin.left} y={margin.top} width={plot} height={plot} fill="none" stroke="var(--rule)" />
          <g className="axis">
            {x.ticks(5).map((tick) => (
              <text key={`x${tick}`} x={x(tick)} y={margin.top + plot + 16} textAnchor="middle">{tick}</text>
            ))}
            {y.ticks(5).map((tick) => (
              <text key={`y${tick}`} x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{tick}</text>
            ))}
            <text x={margin.left + plot} y={height - 2} textAnchor="end">{xLabel}</text>
            <text x={margin.left + 4} y={margin.top + 12}>{yLabel}</text>
          </g>
          {boundary ? <path className="field-boundary" d={boundary} fill="none" stroke="var(--text)" strokeWidth={2} /> : null}
          <FieldPoints points={points} box={box} side={side} />
          {overlay?.(project)}
        </svg>
      </div>
    </div>
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
