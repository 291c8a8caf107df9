import { scaleLinear } from 'd3-scale';
import { CURVE_STRIDE } from '@/lib/analysis/memorisation';
import { CLASSES, runStyle } from './model';
import { describeRun, memorisedEpoch, percent } from './readings';
import type { RunReading } from './useRandomLabelRuns';

// The right margin holds the chance line's label, clear of curves that run along it.
const margin = { top: 26, right: 52, bottom: 34, left: 40 };
type Scale = (value: number) => number;

/** Column 1 (training) or 2 (validation) of a curve of (epoch, train, validation) triples, as one path. */
function accuracyPath(curve: Float64Array, column: 1 | 2, x: Scale, y: Scale): string {
  let path = '';
  for (let index = 0; index + 2 < curve.length; index += CURVE_STRIDE) {
    path += `${index === 0 ? 'M' : 'L'}${x(curve[index]).toFixed(1)},${y(curve[index + column]).toFixed(1)}`;
  }
  return path;
}

interface Props {
  which: 'training' | 'validation';
  readings: RunReading[];
  shuffled: number;
  /** The last epoch on the x axis, shared by both charts. */
  epochs: number;
  width: number;
}

function describe({ which, readings, shuffled }: Props): string {
  const trained = readings.some((reading) => reading.curve.length > 0);
  if (!trained) return `${which === 'training' ? 'Training' : 'Validation'} accuracy against epoch for the three runs: not trained yet. Chance is ${100 / CLASSES}%.`;
  const runs = readings.map((reading) => {
    const value = which === 'training' ? reading.trainAccuracy : reading.validationAccuracy;
    const fitted = which === 'training' && reading.memorisedAt !== null ? ` (100% at epoch ${memorisedEpoch(reading)})` : '';
    return `${describeRun(reading.kind, shuffled)} ${percent(value)}${fitted}`;
  });
  return `${which === 'training' ? 'Training' : 'Validation'} accuracy against epoch, latest: ${runs.join('; ')}. Chance is ${100 / CLASSES}%.`;
}

/**
 * Accuracy (%) against epoch for the three runs on one set of axes, with chance marked; on the
 * training chart a dot where each run first fits all its labels.
 */
export function AccuracyChart(props: Props) {
  const { which, readings, epochs, width } = props;
  const height = Math.round(Math.min(250, Math.max(200, width * 0.6)));
  const x = scaleLinear().domain([0, epochs]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]);
  const column = which === 'training' ? 1 : 2;
  const chance = 1 / CLASSES;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={describe(props)}>
      <g className="axis">
        {[0, 0.2, 0.4, 0.6, 0.8, 1].map((tick) => (
          <g key={tick}>
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} strokeOpacity={tick === 0 ? 0.8 : 0.3} />
            <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{Math.round(tick * 100)}</text>
          </g>
        ))}
        {x.ticks(width < 360 ? 4 : 6).map((tick) => (
          <text key={tick} x={x(tick)} y={height - margin.bottom + 15} textAnchor="middle">{tick}</text>
        ))}
        <line x1={margin.left} x2={width - margin.right} y1={y(chance)} y2={y(chance)} strokeDasharray="2 3" strokeOpacity={0.9} />
        <text x={width - margin.right + 5} y={y(chance)} dy="0.32em">chance</text>
        <text x={width - 14} y={height - 3} textAnchor="end">epoch (passes over the training set)</text>
        <text x={margin.left - 34} y={13}>{which === 'training' ? 'training' : 'validation'} accuracy (%)</text>
      </g>
      <g fill="none" strokeWidth={2.2} strokeLinejoin="round">
        {readings.map((reading) => (
          <path key={reading.kind} d={accuracyPath(reading.curve, column, x, y)} stroke={runStyle[reading.kind].colour} strokeDasharray={reading.kind === 'noise' ? '7 3' : undefined} />
        ))}
      </g>
      {which === 'training' ? (
        <g>
          {readings.map((reading) => (reading.memorisedAt === null ? null : (
            <circle key={reading.kind} cx={x(reading.memorisedAt)} cy={y(1)} r={4.5} fill={runStyle[reading.kind].colour} stroke="var(--bg)" strokeWidth={1.5} />
          )))}
        </g>
      ) : null}
    </svg>
  );
}
