import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { formatValue } from './format';
import type { LossPoint } from './useLossHistory';

const margin = { top: 12, right: 14, bottom: 34, left: 40 };
const coinFlip = Math.LN2;

/**
 * Training loss against updates on a log axis (training is fast: most of the change happens in
 * the first hundred steps), with ln 2 marked: the loss of answering ½ for every image.
 */
export function LossCurve({ points, maxSteps, width }: { points: readonly LossPoint[]; maxSteps: number; width: number }) {
  const height = 150;
  const x = scaleLog().domain([1, maxSteps + 1]).range([margin.left, width - margin.right]);
  const top = Math.max(1, ...points.map((point) => point.loss));
  const y = scaleLinear().domain([0, top]).range([height - margin.bottom, margin.top]).nice();
  const path = line<LossPoint>().x((point) => x(point.step + 1)).y((point) => y(point.loss))(points as LossPoint[]) ?? '';
  const last = points.at(-1);
  const label = last
    ? `Training loss over ${last.step.toLocaleString('en')} updates, from ${formatValue(points[0].loss)} to ${formatValue(last.loss)}; ln 2 = 0.693 is the loss of a coin flip.`
    : 'Training loss: no updates yet.';
  const ticks = [0, 10, 100, 1000].filter((step) => step <= maxSteps);
  return (
    <svg className="chart bias-loss" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g className="axis">
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(${x(tick + 1)},0)`}>
            <line y1={margin.top} y2={height - margin.bottom} strokeOpacity={0.5} />
            <text y={height - margin.bottom + 15} textAnchor="middle">{tick.toLocaleString('en')}</text>
          </g>
        ))}
        {y.ticks(4).map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={margin.left} x2={width - margin.right} strokeOpacity={0.5} />
            <text x={margin.left - 6} dy="0.32em" textAnchor="end">{tick}</text>
          </g>
        ))}
        <text x={width - margin.right} y={height - 3} textAnchor="end">updates (log scale)</text>
        <text x={margin.left + 4} y={margin.top - 2}>training loss</text>
      </g>
      <line x1={margin.left} x2={width - margin.right} y1={y(coinFlip)} y2={y(coinFlip)} stroke="var(--muted)" strokeDasharray="4 4" />
      <text x={width - margin.right} y={y(coinFlip) - 5} textAnchor="end">ln 2: a coin flip</text>
      {points.length > 1 ? <path d={path} fill="none" stroke="var(--accent)" strokeWidth={2.5} /> : null}
      {points.map((point) => (
        <circle key={point.step} cx={x(point.step + 1)} cy={y(point.loss)} r={point === last ? 4 : 2.5} fill="var(--accent)" />
      ))}
    </svg>
  );
}
