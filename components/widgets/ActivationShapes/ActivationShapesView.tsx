import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { StateOf } from '@/lib/url/schema';
import { evaluate, sampleCurve, steepestPoint } from './curves';
import type { activationShapesSchema } from './state';
import { formatNumber as format } from '../format';

type State = StateOf<typeof activationShapesSchema>;

const margin = { top: 16, right: 16, bottom: 34, left: 40 };
const xDomain: [number, number] = [-6, 6];

export { formatNumber as format } from '../format';

/** The chart and readouts of the activation-shapes demo for one state; pure, renders on the server too. */
export function ActivationShapesView({ state, width = 640 }: { state: State; width?: number }) {
  const height = Math.round(Math.min(320, Math.max(240, width * 0.5)));
  const x = scaleLinear().domain(xDomain).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([-1.5, 2.5]).range([height - margin.bottom, margin.top]);
  const curve = sampleCurve(state.activation, ...xDomain);
  const valuePath = line<(typeof curve)[number]>().x((point) => x(point.x)).y((point) => y(point.value))(curve) ?? '';
  const slopePath = line<(typeof curve)[number]>().x((point) => x(point.x)).y((point) => y(point.slope))(curve) ?? '';
  const here = evaluate(state.activation, state.x);
  const steepest = steepestPoint(state.activation, ...xDomain);
  const tangent = [-0.9, 0.9].map((dx) => ({ x: state.x + dx, y: here.value + here.slope * dx }));
  const label = `${state.activation} on inputs from −6 to 6: at x = ${format(state.x, 1)} the value is ${format(here.value)} and the slope ${format(here.slope)}; the largest slope is ${format(steepest.slope)}.`;

  return (
    <div className="activation-shapes">
      <p className="legend" aria-hidden="true">
        <span className="legend-line legend-value" /> f(x)
        {state.showDerivative ? (
          <>
            <span className="legend-line legend-slope" /> slope f′(x)
          </>
        ) : null}
        <span className="legend-line legend-tangent" /> tangent at x
      </p>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <defs>
          <clipPath id="activation-plot-area">
            <rect x={margin.left} y={margin.top} width={width - margin.left - margin.right} height={height - margin.top - margin.bottom} />
          </clipPath>
        </defs>
        <g className="axis">
          {x.ticks(width < 500 ? 6 : 12).map((tick) => (
            <g key={`x${tick}`} transform={`translate(${x(tick)},0)`}>
              <line y1={margin.top} y2={height - margin.bottom} strokeOpacity={tick === 0 ? 1 : 0.35} />
              <text y={height - margin.bottom + 16} textAnchor="middle">{tick}</text>
            </g>
          ))}
          {y.ticks(width < 500 ? 4 : 8).map((tick) => (
            <g key={`y${tick}`} transform={`translate(0,${y(tick)})`}>
              <line x1={margin.left} x2={width - margin.right} strokeOpacity={tick === 0 ? 1 : 0.35} />
              <text x={margin.left - 6} dy="0.32em" textAnchor="end">{tick}</text>
            </g>
          ))}
          <text x={width - margin.right} y={height - 4} textAnchor="end">input x</text>
        </g>
        <g clipPath="url(#activation-plot-area)" fill="none" strokeWidth={2.5}>
          <path d={valuePath} stroke="var(--class-b)" />
          {state.showDerivative ? <path d={slopePath} stroke="var(--class-a)" strokeDasharray="6 4" /> : null}
          <line x1={x(tangent[0].x)} y1={y(tangent[0].y)} x2={x(tangent[1].x)} y2={y(tangent[1].y)} stroke="var(--text)" strokeWidth={1.5} />
          {state.showDerivative ? <circle cx={x(steepest.x)} cy={y(steepest.slope)} r={4} fill="var(--class-a)" /> : null}
          <circle cx={x(state.x)} cy={y(here.value)} r={6} fill="var(--class-b)" stroke="var(--bg)" strokeWidth={2} />
        </g>
      </svg>
      <dl className="readouts" aria-live="polite">
        <div><dt>f(x)</dt><dd>{format(here.value)}</dd></div>
        <div><dt>slope f′(x)</dt><dd>{format(here.slope)}</dd></div>
        <div><dt>largest slope</dt><dd>{format(steepest.slope)} at x = {format(steepest.x, 1)}</dd></div>
        <div><dt>slope to the 10th power</dt><dd>{format(Math.pow(Math.abs(here.slope), 10))}</dd></div>
      </dl>
    </div>
  );
}
