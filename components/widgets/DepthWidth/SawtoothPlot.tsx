import { scaleLinear } from 'd3-scale';
import { memo } from 'react';
import { dotsPath, polylinePath, ticksPath } from './plotPaths';
import type { SawtoothAnalysis } from './sawtooth';

const margin = { top: 22, right: 14, bottom: 44, left: 36 };

/**
 * The k-fold tent map on [0, 1], exactly (a polyline through its breakpoints), with every
 * breakpoint ticked under the axis; pure, so the server renders it too.
 */
export const SawtoothPlot = memo(function SawtoothPlot({ analysis, width }: { analysis: SawtoothAnalysis; width: number }) {
  const height = Math.round(Math.min(240, Math.max(180, width * 0.32)));
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]);
  const { k, pieces, breakpoints, polyline } = analysis;
  const dense = pieces > (width - margin.left - margin.right) / 4;
  const label = `The sawtooth t to the power ${k} on [0, 1]: ${pieces.toLocaleString('en')} linear pieces counted, ${breakpoints.length.toLocaleString('en')} breakpoints, and 2^${k} = ${(2 ** k).toLocaleString('en')}.`;
  const baseline = height - margin.bottom;
  return (
    <>
      <svg className="chart dw-sawtooth" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <g className="axis">
          {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={margin.top} y2={baseline} strokeOpacity={0.35} />
              <text x={x(tick)} y={baseline + 28} textAnchor="middle">{tick}</text>
            </g>
          ))}
          {[0, 0.5, 1].map((tick) => (
            <g key={`y${tick}`}>
              <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={tick === 0 ? 1 : 0.35} />
              <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{tick}</text>
            </g>
          ))}
          <text x={width - margin.right} y={height - 3} textAnchor="end">input x</text>
          <text x={margin.left} y={12}>output t⁽ᵏ⁾(x) · ticks mark the breakpoints</text>
        </g>
        <path d={ticksPath(breakpoints, x, baseline + 3, 9)} stroke="var(--class-a)" strokeWidth={dense ? 0.6 : 1.5} />
        <path d={polylinePath(polyline, x, y)} fill="none" stroke="var(--class-b)" strokeWidth={dense ? 1 : 2.2} strokeLinejoin="round" />
        {dense ? null : <path d={dotsPath(polyline.slice(2, -2), x, y, 3)} fill="var(--class-a)" stroke="var(--bg-raised)" strokeWidth={1} />}
      </svg>
      {dense ? <p className="dw-small">At this width the pieces are narrower than 4 pixels and merge into a band; the count below is exact all the same.</p> : null}
    </>
  );
});
