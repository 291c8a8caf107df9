import { scaleLinear } from 'd3-scale';
import { ACTIVATIONS } from '@/lib/nn/activations';
import { functionPath } from '../DepthWidth/plotPaths';
import { activationStyle } from './model';

const margin = { top: 24, right: 12, bottom: 34, left: 34 };
const sigmoid = ACTIVATIONS.sigmoid;
const tanh = ACTIVATIONS.tanh;
const slope = (f: typeof sigmoid) => (x: number) => f.derivative(x, f.output(x));

/**
 * Sigmoid and tanh (solid) with their slopes (dashed) on [−5, 5]: the factors every layer
 * multiplies the backward signal by, at most ¼ for sigmoid and 1 for tanh, both tiny in the tails.
 */
export function SlopeChart({ width }: { width: number }) {
  const height = Math.round(Math.min(240, Math.max(190, width * 0.55)));
  const x = scaleLinear().domain([-5, 5]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([-1, 1]).range([height - margin.bottom, margin.top]);
  const label = 'Sigmoid and tanh with their slopes on x from −5 to 5: sigmoid’s slope peaks at 0.25 at x = 0, tanh’s at 1; both fall towards 0 in the tails.';
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g className="axis">
        {[-1, -0.5, 0, 0.25, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={tick === 0 ? 0.8 : 0.3} />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{tick}</text>
          </g>
        ))}
        {[-4, -2, 0, 2, 4].map((tick) => (
          <text key={tick} x={x(tick)} y={height - margin.bottom + 15} textAnchor="middle">{tick}</text>
        ))}
        <text x={width - margin.right} y={height - 3} textAnchor="end">input z</text>
      </g>
      <g fill="none" strokeWidth={2.2}>
        <path d={functionPath(sigmoid.output, -5, 5, x, y, 160)} stroke={activationStyle.sigmoid.colour} />
        <path d={functionPath(slope(sigmoid), -5, 5, x, y, 160)} stroke={activationStyle.sigmoid.colour} strokeDasharray="6 4" />
        <path d={functionPath(tanh.output, -5, 5, x, y, 160)} stroke={activationStyle.tanh.colour} />
        <path d={functionPath(slope(tanh), -5, 5, x, y, 160)} stroke={activationStyle.tanh.colour} strokeDasharray="6 4" />
      </g>
      <g className="axis">
        <text x={x(-4.9)} y={y(0.25) - 5}>σ′ ≤ ¼</text>
        <text x={x(-4.9)} y={y(1) + 13}>tanh′ ≤ 1</text>
        <text x={margin.left - 30} y={12}>f(z) solid, slope f′(z) dashed</text>
      </g>
    </svg>
  );
}
