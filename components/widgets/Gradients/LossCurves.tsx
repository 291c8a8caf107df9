import { scaleLinear } from 'd3-scale';
import type { GradientActivation } from '@/lib/analysis/gradientFlow';
import { polylinePath } from '../DepthWidth/plotPaths';
import { formatScientific } from './scientific';
import { activationStyle, MAX_STEPS } from './model';

const margin = { top: 24, right: 20, bottom: 34, left: 40 };

export interface LossSeries {
  activation: GradientActivation;
  /** step, loss pairs. */
  losses: Float64Array;
}

/** The highest loss to draw: at least ln 2 with room, at most 2 (a rare early spike is clipped). */
function topLoss(series: LossSeries[]): number {
  let top = 0.8;
  for (const { losses } of series) for (let index = 1; index < losses.length; index += 2) top = Math.max(top, losses[index]);
  return Math.min(2, Math.ceil(top * 5) / 5);
}

function describe(series: LossSeries[]): string {
  const last = series.map(({ activation, losses }) => `${activationStyle[activation].name} ${losses.length ? formatScientific(losses[losses.length - 1]) : 'not trained yet'}`);
  return `Training loss against step for the three nets; latest losses: ${last.join(', ')}. A net that guesses ½ for every point has loss ln 2 ≈ 0.69.`;
}

/** The three nets' training loss (binary cross-entropy) against the update step, same axes. */
export function LossCurves({ series, width }: { series: LossSeries[]; width: number }) {
  const height = Math.round(Math.min(240, Math.max(190, width * 0.55)));
  const x = scaleLinear().domain([0, MAX_STEPS]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, topLoss(series)]).range([height - margin.bottom, margin.top]).clamp(true);
  const xTicks = x.ticks(width < 360 ? 3 : 5);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={describe(series)}>
      <g className="axis">
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={tick === 0 ? 0.8 : 0.35} />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{tick}</text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text key={tick} x={x(tick)} y={height - margin.bottom + 15} textAnchor="middle">{tick.toLocaleString('en')}</text>
        ))}
        <line x1={margin.left} x2={width - margin.right} y1={y(Math.LN2)} y2={y(Math.LN2)} strokeDasharray="2 3" strokeOpacity={0.9} />
        <text x={width - margin.right} y={y(Math.LN2) - 4} textAnchor="end">ln 2: guessing ½</text>
        <text x={width - margin.right} y={height - 3} textAnchor="end">update step</text>
        <text x={margin.left - 36} y={12}>training loss (cross-entropy)</text>
      </g>
      <g fill="none" strokeWidth={2.2} strokeLinejoin="round">
        {series.map(({ activation, losses }) => (
          <path key={activation} d={polylinePath(losses, x, y)} stroke={activationStyle[activation].colour} />
        ))}
      </g>
    </svg>
  );
}
