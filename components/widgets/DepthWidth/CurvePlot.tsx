import { scaleLinear } from 'd3-scale';
import { wigglyCurve } from '@/lib/data/wiggly';
import type { CurveAnalysis } from './model';
import { dotsPath, functionPath, polylinePath } from './plotPaths';

const margin = { top: 20, right: 12, bottom: 32, left: 34 };
const yDomain: [number, number] = [-1.4, 1.4];

interface Props {
  /** The net now (null before its weights arrive) and at step 0. */
  current: CurveAnalysis | null;
  initial: CurveAnalysis | null;
  colour: string;
  width: number;
  label: string;
}

const targetPaths = new Map<number, string>();

/** The target's path for a chart width, computed once per width (it never changes). */
function targetPath(width: number, x: (value: number) => number, y: (value: number) => number): string {
  let path = targetPaths.get(width);
  if (path === undefined) {
    path = functionPath(wigglyCurve, -1, 1, x, y);
    targetPaths.set(width, path);
  }
  return path;
}

/** The target, the net at initialisation (dashed) and now (solid, breakpoints dotted) on [−1, 1]. */
export function CurvePlot({ current, initial, colour, width, label }: Props) {
  const height = Math.round(Math.min(250, Math.max(190, width * 0.6)));
  const x = scaleLinear().domain([-1, 1]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(yDomain).range([height - margin.bottom, margin.top]);
  const showInitial = initial && current && initial !== current;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <defs>
        <clipPath id={`dw-clip-${colour.replace(/\W/g, '')}`}>
          <rect x={margin.left} y={margin.top} width={width - margin.left - margin.right} height={height - margin.top - margin.bottom} />
        </clipPath>
      </defs>
      <g className="axis">
        {[-1, -0.5, 0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={margin.top} y2={height - margin.bottom} strokeOpacity={tick === 0 ? 0.8 : 0.35} />
            <text x={x(tick)} y={height - margin.bottom + 15} textAnchor="middle">{tick}</text>
          </g>
        ))}
        {[-1, 0, 1].map((tick) => (
          <g key={`y${tick}`}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={tick === 0 ? 0.8 : 0.35} />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{tick}</text>
          </g>
        ))}
        <text x={width - margin.right} y={height - 2} textAnchor="end">input x</text>
        <text x={margin.left} y={11}>output y</text>
      </g>
      <g clipPath={`url(#dw-clip-${colour.replace(/\W/g, '')})`} fill="none" strokeLinejoin="round">
        <path d={targetPath(width, x, y)} stroke="var(--muted)" strokeWidth={5} strokeOpacity={0.35} />
        {showInitial ? <path d={polylinePath(initial.polyline, x, y)} stroke={colour} strokeWidth={1.4} strokeDasharray="4 4" strokeOpacity={0.8} /> : null}
        {current ? <path d={polylinePath(current.polyline, x, y)} stroke={colour} strokeWidth={2.2} /> : null}
        {current ? <path d={dotsPath(current.polyline.slice(2, -2), x, y, 2.6)} fill={colour} stroke="var(--bg-raised)" strokeWidth={1} /> : null}
      </g>
    </svg>
  );
}
