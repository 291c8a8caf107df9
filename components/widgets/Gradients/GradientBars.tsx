import { scaleBand, scaleLog } from 'd3-scale';
import { decadeDomain } from '@/lib/analysis/gradientFlow';
import { formatScientific, powerOfTen } from './scientific';

const margin = { top: 24, right: 10, bottom: 34, left: 44 };

interface Props {
  /** ‖∂L/∂W_l‖ per layer, hidden layers first, the output layer last: now, or at initialisation before training. */
  now: (number | null)[];
  /** The same at initialisation (the first update), drawn as marks once training has moved the bars. */
  initial: (number | null)[] | null;
  trained: boolean;
  layerCount: number;
  colour: string;
  name: string;
  width: number;
}

function layerName(index: number, count: number): string {
  return index === count - 1 ? 'out' : String(index + 1);
}

/** What the bars say, for screen readers: every layer's gradient norm. */
function describe(name: string, now: (number | null)[], count: number, trained: boolean): string {
  if (now.length === 0) return `Gradient norm per layer of the ${name} net: being computed.`;
  const values = now.map((value, index) => `${index === count - 1 ? 'output' : `layer ${index + 1}`} ${formatScientific(value)}`);
  return `Gradient norm per layer of the ${name} net, log scale, ${trained ? 'now' : 'at initialisation'}: ${values.join(', ')}.`;
}

/**
 * ‖∂L/∂W_l‖ for every layer on a log axis: filled bars now, dashed marks at initialisation
 * (the first update's gradients), so a decay from the output back to layer 1 reads as a staircase of decades.
 */
export function GradientBars({ now, initial, trained, layerCount, colour, name, width }: Props) {
  const height = Math.round(Math.min(260, Math.max(200, width * 0.34)));
  const values = [...now, ...(initial ?? [])];
  const [floor, high] = decadeDomain(values);
  // A decade of room under the smallest bar when it would barely clear the axis.
  const smallest = Math.min(...values.map((value) => value ?? Infinity));
  const low = smallest < floor * 3 ? floor / 10 : floor;
  const y = scaleLog().domain([low, high]).range([height - margin.bottom, margin.top]);
  const layers = Array.from({ length: layerCount }, (_, index) => index);
  const x = scaleBand<number>().domain(layers).range([margin.left, width - margin.right]).padding(0.25);
  const decades = Math.round(Math.log10(high / low));
  const every = Math.max(1, Math.ceil(decades / 6));
  const ticks = Array.from({ length: decades + 1 }, (_, index) => Math.round(Math.log10(low)) + index).filter((power) => power % every === 0);
  const labelEvery = x.bandwidth() < 14 ? 2 : 1;
  const base = height - margin.bottom;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={describe(name, now, layerCount, trained)}>
      <g className="axis">
        {ticks.map((power) => (
          <g key={power}>
            <line x1={margin.left} x2={width - margin.right} y1={y(10 ** power)} y2={y(10 ** power)} strokeOpacity={0.35} />
            <text x={margin.left - 6} y={y(10 ** power)} dy="0.32em" textAnchor="end">{powerOfTen(power)}</text>
          </g>
        ))}
        {layers.map((index) => (index % labelEvery === 0 || index === layerCount - 1 ? (
          <text key={index} x={(x(index) ?? 0) + x.bandwidth() / 2} y={base + 14} textAnchor="middle">{layerName(index, layerCount)}</text>
        ) : null))}
        <text x={width - margin.right} y={height - 3} textAnchor="end">layer (input side → output)</text>
        <text x={margin.left - 40} y={12}>gradient norm ‖∂L/∂W‖ (log scale)</text>
      </g>
      <g>
        {now.map((value, index) => (value === null ? null : (
          <rect key={index} x={x(index)} width={x.bandwidth()} y={y(value)} height={Math.max(0, base - y(value))} fill={colour} fillOpacity={0.85} />
        )))}
        {initial?.map((value, index) => (value === null ? null : (
          <line key={index} className="grad-first" x1={(x(index) ?? 0) - 2} x2={(x(index) ?? 0) + x.bandwidth() + 2} y1={y(value)} y2={y(value)} stroke="var(--text)" strokeWidth={2} strokeDasharray="3 2" />
        )))}
      </g>
    </svg>
  );
}
