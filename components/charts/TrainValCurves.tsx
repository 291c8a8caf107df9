import { scaleLinear } from 'd3-scale';
import { polylinePath } from './pathData';
import { memo } from 'react';

/** One curve: x, y pairs (step, value) and how it is drawn. */
export interface CurveSeries {
  name: string;
  pairs: ArrayLike<number>;
  /** Training curves are solid, validation curves dashed, so the two differ without colour. */
  dashed?: boolean;
  colour: string;
}

/** A point to mark on the chart, such as the validation minimum. */
export interface CurveMarker {
  step: number;
  value: number;
  text: string;
}

interface Props {
  series: readonly CurveSeries[];
  /** Steps on the x axis run from 0 to at least this. */
  steps: number;
  /** The y axis: [0, top]; values above top are drawn at the top edge. */
  top: number;
  yLabel: string;
  /** Tick labels on the y axis (e.g. percentages). */
  formatTick?: (value: number) => string;
  width: number;
  /** What the chart shows, with its numbers, for screen readers. */
  label: string;
  marker?: CurveMarker | null;
}

const margin = { top: 22, right: 24, bottom: 32, left: 40 };

/**
 * Training and validation curves against the update step on shared axes (SVG: a handful of
 * paths, however long the run). Used for loss and for accuracy.
 */
export const TrainValCurves = memo(function TrainValCurves({ series, steps, top, yLabel, formatTick = String, width, label, marker }: Props) {
  const height = Math.round(Math.min(200, Math.max(150, width * 0.5)));
  const x = scaleLinear().domain([0, Math.max(1, steps)]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, top]).range([height - margin.bottom, margin.top]).clamp(true);
  return (
    // Never stretched past the width it was drawn for: a server poster, drawn before the column
    // is measured, would otherwise blow its axis text up to twice the size.
    <svg className="chart train-val-curves" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} role="img" aria-label={label}>
      <g className="axis">
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={tick === 0 ? 0.8 : 0.3} />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{formatTick(tick)}</text>
          </g>
        ))}
        {x.ticks(width < 360 ? 3 : 5).map((tick) => (
          <text key={tick} x={x(tick)} y={height - margin.bottom + 15} textAnchor="middle">{tick.toLocaleString('en')}</text>
        ))}
        <text x={width - margin.right} y={height - 3} textAnchor="end">update step</text>
        <text x={margin.left - 34} y={12}>{yLabel}</text>
      </g>
      <g fill="none" strokeWidth={2} strokeLinejoin="round">
        {series.map((curve) => (
          <path key={curve.name} d={polylinePath(curve.pairs, x, y)} stroke={curve.colour} strokeDasharray={curve.dashed ? '6 3' : undefined} />
        ))}
      </g>
      {marker ? (
        <g className="curve-marker">
          <circle cx={x(marker.step)} cy={y(marker.value)} r={4} fill="var(--bg)" stroke="var(--text)" strokeWidth={1.5} />
          <text x={x(marker.step) + (x(marker.step) > width * 0.7 ? -8 : 8)} y={y(marker.value) - 8} textAnchor={x(marker.step) > width * 0.7 ? 'end' : 'start'}>{marker.text}</text>
        </g>
      ) : null}
    </svg>
  );
});
