import { pathCoordinate } from '@/components/charts/pathData';
import { scaleLog } from 'd3-scale';
import { memo } from 'react';
import type { FitError } from '@/lib/analysis/shallowNetwork';
import { maxUnits } from './state';

const margin = { top: 24, right: 14, bottom: 34, left: 44 };
const floor = 1e-3;
const xTicks = [1, 2, 4, 8, 16, 32, 64];
const yTicks = [0.001, 0.01, 0.1, 1];

interface Props {
  /** constructed[n − 1]: the constructed fit's error with n units. */
  constructed: FitError[];
  /** Trained errors by width, for the widths trained so far. */
  trained: Record<number, FitError>;
  units: number;
  width: number;
  height: number;
  label: string;
}

/** A square marker of half-size r at (cx, cy), as path data. */
const square = (cx: number, cy: number, r: number) => `M${pathCoordinate(cx - r)},${pathCoordinate(cy - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;

/**
 * Max error against width on log–log axes: the constructed fit at every width 1 … 64 (a line of
 * dots), each trained width as a square, and a rule at the width chosen now.
 */
export const ErrorChart = memo(function ErrorChart({ constructed, trained, units, width, height, label }: Props) {
  const x = scaleLog().domain([1, maxUnits]).range([margin.left, width - margin.right]);
  const y = scaleLog().domain([floor, 2]).range([height - margin.bottom, margin.top]).clamp(true);
  const bottom = height - margin.bottom;
  const at = (value: number) => y(Math.max(floor, value));
  const line = constructed.map((error, index) => `${index === 0 ? 'M' : 'L'}${pathCoordinate(x(index + 1))},${pathCoordinate(at(error.maxError))}`).join('');
  const dots = constructed.map((error, index) => `M${pathCoordinate(x(index + 1))},${pathCoordinate(at(error.maxError))}m-2,0a2,2 0 1,0 4,0a2,2 0 1,0 -4,0`).join('');
  const squares = Object.entries(trained).map(([n, error]) => square(x(Number(n)), at(error.maxError), 4.5)).join('');
  return (
    <svg className="chart uv-errors" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g className="axis">
        {xTicks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={margin.top} y2={bottom} strokeOpacity={0.3} />
            <text x={x(tick)} y={bottom + 16} textAnchor="middle">{tick}</text>
          </g>
        ))}
        {yTicks.map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={0.3} />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{tick}</text>
          </g>
        ))}
        <text x={width - margin.right} y={height - 2} textAnchor="end">hidden units n (log scale)</text>
        <text x={margin.left} y={12} className="uv-axis-title">max |N − f|</text>
      </g>
      <line className="uv-now" x1={x(units)} x2={x(units)} y1={margin.top} y2={bottom} />
      <path className="uv-constructed-line" d={line} />
      <path className="uv-constructed-dots" d={dots} />
      <path className="uv-trained-marks" d={squares} />
    </svg>
  );
});
