import { scaleLinear, scaleLog } from 'd3-scale';
import { SPARSITY_LEVELS, sparsityPosition, type TimingPoint } from '@/lib/analysis/sparseTiming';

const margin = { top: 30, right: 18, bottom: 40, left: 52 };

/** A sparsity as the axis prints it: 0%, 50%, 99.9%. */
export function sparsityLabel(sparsity: number): string {
  return `${Number((sparsity * 100).toFixed(1))}%`;
}

/** Decades from below the fastest to above the slowest time, or 0.1–100 ns with no data. */
function timeDomain(points: readonly TimingPoint[]): [number, number] {
  const times = points.flatMap((point) => [point.denseNs, point.sparseNs, point.libraryNs ?? Number.NaN]).filter((time) => Number.isFinite(time) && time > 0);
  if (times.length === 0) return [0.1, 100];
  const low = 10 ** Math.floor(Math.log10(Math.min(...times)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...times)));
  return [low, high > low ? high : low * 10];
}

/** Whether the label of level `index` would touch the previous level's label. */
function crowded(x: (position: number) => number, index: number): boolean {
  return index > 0 && index < SPARSITY_LEVELS.length && x(sparsityPosition(SPARSITY_LEVELS[index])) - x(sparsityPosition(SPARSITY_LEVELS[index - 1])) < 40;
}

type SeriesKey = 'denseNs' | 'libraryNs' | 'sparseNs';

interface Props {
  points: readonly TimingPoint[];
  crossover: number | null;
  width: number;
  label: string;
}

/** Time per useful multiply-add (log) against sparsity (log of 1 − s): typed dense solid, tfjs dotted, CSR dashed. */
export function TimingChart({ points, crossover, width, label }: Props) {
  const height = Math.round(Math.min(300, Math.max(230, width * 0.4)));
  const last = SPARSITY_LEVELS[SPARSITY_LEVELS.length - 1];
  const x = scaleLinear().domain([0, sparsityPosition(last)]).range([margin.left, width - margin.right]);
  const y = scaleLog().domain(timeDomain(points)).range([height - margin.bottom, margin.top]);
  const decades = y.ticks().filter((tick) => Number.isInteger(Math.log10(tick)));
  const series = [
    { key: 'denseNs' as const, colour: 'var(--class-b)', dash: undefined },
    { key: 'libraryNs' as const, colour: 'var(--dvs-library)', dash: '2 3' },
    { key: 'sparseNs' as const, colour: 'var(--class-a)', dash: '7 4' },
  ];
  // A series is drawn through the levels where it was timed (tfjs may be off or unavailable).
  const timedPoints = (key: SeriesKey) => points.filter((point) => Number.isFinite(point[key] ?? Number.NaN) && (point[key] ?? 0) > 0);
  const line = (key: SeriesKey) => `M${timedPoints(key).map((point) => `${x(sparsityPosition(point.sparsity)).toFixed(1)},${y(point[key]!).toFixed(1)}`).join('L')}`;
  return (
    <svg className="chart dvs-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <g className="axis">
        {SPARSITY_LEVELS.map((level, index) => (
          <g key={level} transform={`translate(${x(sparsityPosition(level))},0)`}>
            <line y1={margin.top} y2={height - margin.bottom} strokeOpacity={0.35} />
            {/* On a phone 0% and 50% sit close: their labels lean away from each other. */}
            <text y={height - margin.bottom + 16} textAnchor={crowded(x, index) ? 'start' : crowded(x, index + 1) ? 'end' : 'middle'} dx={crowded(x, index) ? -3 : crowded(x, index + 1) ? 3 : 0}>
              {sparsityLabel(level)}
            </text>
          </g>
        ))}
        {decades.map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={margin.left} x2={width - margin.right} strokeOpacity={0.35} />
            <text x={margin.left - 6} dy="0.32em" textAnchor="end">{tick >= 1 ? String(tick) : tick.toPrecision(1)}</text>
          </g>
        ))}
        <text x={width - margin.right} y={height - 4} textAnchor="end">sparsity (share of zero weights, log scale of 1 − s)</text>
        <text x={margin.left - 44} y={margin.top - 14}>ns per useful multiply-add (log)</text>
      </g>
      {crossover !== null ? (
        <g className="dvs-crossover">
          <line x1={x(sparsityPosition(crossover))} x2={x(sparsityPosition(crossover))} y1={margin.top} y2={height - margin.bottom} />
          <text x={x(sparsityPosition(crossover)) + (x(sparsityPosition(crossover)) > width * 0.7 ? -5 : 5)} y={margin.top + 14} textAnchor={x(sparsityPosition(crossover)) > width * 0.7 ? 'end' : 'start'}>
            sparse wins from {sparsityLabel(crossover)}
          </text>
        </g>
      ) : null}
      {series
        .filter(({ key }) => timedPoints(key).length > 0)
        .map(({ key, colour, dash }) => (
          <g key={key}>
            <path d={line(key)} fill="none" stroke={colour} strokeWidth={2.5} strokeDasharray={dash} strokeLinejoin="round" />
            {timedPoints(key).map((point) => (
              <circle key={point.sparsity} cx={x(sparsityPosition(point.sparsity))} cy={y(point[key]!)} r={4} fill={colour} />
            ))}
          </g>
        ))}
    </svg>
  );
}
