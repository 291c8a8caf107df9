import { pathCoordinate } from '@/components/charts/pathData';
import { memo } from 'react';
import { drawnSampleX } from '@/lib/data/curveTargets';
import { functionPath, plotGeometry, plotMargin, polylinePath } from './geometry';
import type { NetDrawing } from './model';

interface Props {
  f: (x: number) => number;
  net: NetDrawing;
  width: number;
  label: string;
  /** The drawn samples, when the target is a drawing (dots the reader can move). */
  samples: readonly number[] | null;
  /** The sample the keyboard is on, or null when the drawing surface is not focused. */
  selected: number | null;
  /** The unit added last (drawn in its own colour), or null for a trained net. */
  newest: number | null;
}

/** Faint enough that 64 overlapping units still leave the sum readable. */
function contributionOpacity(units: number): number {
  return Math.max(0.2, 0.55 * Math.sqrt(Math.min(1, 4 / Math.max(1, units))));
}

/**
 * The target (wide grey), each unit's contribution v_i·ReLU(w_i x + b_i) (faint), their sum N(x)
 * (bold) and a tick at every hinge; pure, so it is the server poster too.
 */
export const FitPlot = memo(function FitPlot({ f, net, width, label, samples, selected, newest }: Props) {
  const { height, x, y } = plotGeometry(width);
  const bottom = height - plotMargin.bottom;
  const inner = { width: width - plotMargin.left - plotMargin.right, height: bottom - plotMargin.top };
  return (
    <svg className="chart uv-plot" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <defs>
        <clipPath id="uv-clip"><rect x={plotMargin.left} y={plotMargin.top} width={inner.width} height={inner.height} /></clipPath>
      </defs>
      <g className="axis">
        {[-1, -0.5, 0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={plotMargin.top} y2={bottom} strokeOpacity={tick === 0 ? 0.7 : 0.3} />
            <text x={x(tick)} y={bottom + 16} textAnchor="middle">{tick}</text>
          </g>
        ))}
        {[-1, 0, 1].map((tick) => (
          <g key={`y${tick}`}>
            <line x1={plotMargin.left} x2={width - plotMargin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={tick === 0 ? 0.7 : 0.3} />
            <text x={plotMargin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{tick}</text>
          </g>
        ))}
        <text x={width - plotMargin.right} y={height - 2} textAnchor="end">input x</text>
      </g>
      <g clipPath="url(#uv-clip)" fill="none" strokeLinejoin="round">
        <path className="uv-target" d={functionPath(f, x, y)} />
        <path className="uv-contribution" strokeOpacity={contributionOpacity(net.contributions.length)} d={net.contributions.map((pairs, unit) => (unit === newest ? '' : polylinePath(pairs, x, y))).join('')} />
        {newest !== null && net.contributions[newest] ? <path className="uv-newest" d={polylinePath(net.contributions[newest], x, y)} /> : null}
        <path className="uv-sum" d={polylinePath(net.sum, x, y)} />
      </g>
      <path className="uv-hinge" d={net.hinges.map((hinge) => `M${pathCoordinate(x(hinge))},${bottom}v-9`).join('')} />
      {samples ? (
        <g className="uv-samples">
          {samples.map((value, index) => (
            <circle key={index} cx={x(drawnSampleX(index))} cy={y(value)} r={index === selected ? 6 : 3.5} className={index === selected ? 'uv-sample-selected' : undefined} />
          ))}
        </g>
      ) : null}
    </svg>
  );
});
