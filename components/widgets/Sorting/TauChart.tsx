import { scaleLinear } from 'd3-scale';
import type { SortTrace } from '@/lib/analysis/sortingTraces';

const margin = { top: 14, right: 24, bottom: 36, left: 44 };

/** Up to `count` (share of the run, τ) points of a trace from its start to `steps` writes. */
function samplePath(trace: SortTrace, steps: number, x: (share: number) => number, y: (tau: number) => number, count = 240): string {
  const total = trace.indices.length;
  if (total === 0) return `M${x(0)},${y(trace.tau[0])}H${x(1)}`;
  const points: string[] = [];
  for (let sample = 0; sample <= count; sample++) {
    const k = Math.round((sample * total) / count);
    if (k > steps) break;
    points.push(`${x(k / total).toFixed(1)},${y(trace.tau[k]).toFixed(1)}`);
  }
  points.push(`${x(steps / total).toFixed(1)},${y(trace.tau[steps]).toFixed(1)}`);
  return `M${points.join('L')}`;
}

export interface TauSeries {
  trace: SortTrace;
  steps: number;
  colour: string;
  dash?: string;
}

/** Kendall's τ of each sort's array against the share of its own writes done, drawn up to now. */
export function TauChart({ series, width, label }: { series: TauSeries[]; width: number; label: string }) {
  const height = Math.round(Math.min(240, Math.max(200, width * 0.32)));
  const lowest = Math.min(-0.25, ...series.map(({ trace }) => Math.min(...trace.tau)));
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([Math.floor(lowest * 4) / 4, 1]).range([height - margin.bottom, margin.top]);
  const radix = series[1];
  const passes = radix.trace.passEnds.slice(0, -1).map((end) => end / radix.trace.indices.length);
  // Narrow charts with many passes have room only for the pass number.
  const roomy = passes.length < 2 || (x(passes[1]) - x(passes[0])) > 52;
  return (
    <svg className="chart sorting-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g className="axis">
        {x.ticks(width < 500 ? 4 : 10).map((tick) => (
          <g key={`x${tick}`} transform={`translate(${x(tick)},0)`}>
            <line y1={margin.top} y2={height - margin.bottom} strokeOpacity={0.35} />
            <text y={height - margin.bottom + 16} textAnchor="middle">{`${Math.round(tick * 100)}%`}</text>
          </g>
        ))}
        {y.ticks(5).map((tick) => (
          <g key={`y${tick}`} transform={`translate(0,${y(tick)})`}>
            <line x1={margin.left} x2={width - margin.right} strokeOpacity={tick === 0 ? 1 : 0.35} />
            <text x={margin.left - 6} dy="0.32em" textAnchor="end">{tick}</text>
          </g>
        ))}
        <text x={width - margin.right} y={height - 4} textAnchor="end">share of its own writes done</text>
        <text x={margin.left + 4} y={margin.top + 10}>Kendall τ (1 = sorted)</text>
      </g>
      {passes.map((share, index) => (
        <g key={share} className="sorting-pass">
          <line x1={x(share)} x2={x(share)} y1={margin.top} y2={height - margin.bottom} stroke={radix.colour} strokeDasharray="2 4" />
          <text x={x(share) + 4} y={height - margin.bottom - 6}>{roomy ? `pass ${index + 2}` : index + 2}</text>
        </g>
      ))}
      <g fill="none" strokeWidth={2.5} strokeLinejoin="round">
        {series.map(({ trace, steps, colour, dash }, index) => (
          <path key={index} d={samplePath(trace, steps, x, y)} stroke={colour} strokeDasharray={dash} />
        ))}
      </g>
    </svg>
  );
}
