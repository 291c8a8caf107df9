/**
 * The two networks of the equal-budget comparison, their training set-up, and what the
 * widget reads off their weights: parameter counts, region maxima and exact region counts.
 * No React here, so the poster and the live widget agree.
 */
import { linearRegionsOnInterval } from '@/lib/analysis/linearRegions1d';
import { linearRegionsInBox, type Box, type PlanarRegion } from '@/lib/analysis/linearRegions2d';
import { countDenseParameters, matchDeepWidth } from '@/lib/analysis/parameterBudget';
import { maxRegionsDeep, maxRegionsOneLayer } from '@/lib/analysis/regionBounds';
import { evaluateReluNetwork } from '@/lib/analysis/reluNetwork';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { ModelSpec, NetworkWeights } from '@/lib/nn/spec';
import type { StateOf } from '@/lib/url/schema';
import type { depthWidthSchema } from './state';

export type State = StateOf<typeof depthWidthSchema>;
export type NetKind = 'wide' | 'deep';

/** One of the two nets: its hidden widths, parameter count and region maxima. */
export interface Architecture {
  kind: NetKind;
  inputSize: number;
  widths: number[];
  parameters: number;
  /** The most regions this shape can have (wide: exact; deep: an upper bound). */
  maxRegions: number;
}

/** Adam at 0.02 on the full batch: fast and steady for nets of a few hundred weights. */
export const hyperParameters: HyperParameters = {
  learningRate: 0.02, batchSize: 'full', optimiser: 'adam', momentum: 0, loss: 'meanSquaredError', l2: 0, dropout: 0,
};
export const maxSteps = 3000;
/** The input box of both tasks: [−1, 1] or [−1, 1]². */
export const box: Box = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
/** Past this many regions in 2-D the map stops splitting (never reached at these sizes). */
export const regionCap = 50_000;

/** The shallow-wide net (one layer of n) and the deep-narrow one (L layers of m, m matched to its budget). */
export function architectures(state: State): Record<NetKind, Architecture> {
  const inputSize = Number(state.inputs);
  const wideParameters = countDenseParameters(inputSize, [state.width]);
  const deepWidth = matchDeepWidth(wideParameters, state.depth, inputSize);
  const deepWidths = Array<number>(state.depth).fill(deepWidth);
  return {
    wide: { kind: 'wide', inputSize, widths: [state.width], parameters: wideParameters, maxRegions: maxRegionsOneLayer(state.width, inputSize) },
    deep: { kind: 'deep', inputSize, widths: deepWidths, parameters: countDenseParameters(inputSize, deepWidths), maxRegions: maxRegionsDeep(deepWidths, inputSize) },
  };
}

/** ReLU hidden layers, a linear head; He weights and N(0, ½²) biases, so the bends start spread out. */
export function makeSpec(architecture: Architecture): ModelSpec {
  return {
    inputSize: architecture.inputSize,
    hidden: architecture.widths.map((units) => ({ units, activation: 'relu', useBias: true })),
    outputSize: 1, head: 'linear', outputBias: true, initialisation: 'he', biasScale: 0.5,
  };
}

/** A net's function along [−1, 1], exactly: its regions, and the polyline through its bends. */
export interface CurveAnalysis {
  regions: number;
  breakpoints: Float64Array;
  /** x, y pairs at −1, every breakpoint, and 1. */
  polyline: Float64Array;
}

/** Regions and polyline of a 1-input network on [−1, 1]. */
export function analyseCurve(weights: NetworkWeights): CurveAnalysis {
  const { count, breakpoints } = linearRegionsOnInterval(weights, box.xMin, box.xMax);
  const xs = [box.xMin, ...breakpoints, box.xMax];
  const polyline = new Float64Array(xs.length * 2);
  xs.forEach((x, index) => {
    polyline[2 * index] = x;
    polyline[2 * index + 1] = evaluateReluNetwork(weights, [x])[0];
  });
  return { regions: count, breakpoints, polyline };
}

/** A 2-input network's regions in the box, exact (a lower bound if it hit the cap). */
export interface MapAnalysis {
  regions: number;
  polygons: PlanarRegion[];
  truncated: boolean;
}

/** Regions of a 2-input network inside `box`. */
export function analyseMap(weights: NetworkWeights): MapAnalysis {
  const { count, regions, truncated } = linearRegionsInBox(weights, box, regionCap);
  return { regions: count, polygons: regions, truncated };
}

/** Whether `weights` belong to a network of this shape (a stale snapshot may not). */
export function matchesArchitecture(weights: NetworkWeights | undefined, architecture: Architecture): weights is NetworkWeights {
  if (!weights || weights.length !== architecture.widths.length + 1) return false;
  return weights[0].inputSize === architecture.inputSize && architecture.widths.every((width, index) => weights[index].units === width);
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A count as people read it: 1,296, or 4.3 × 10¹² past ten digits. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value < 1e10) return Math.round(value).toLocaleString('en');
  const exponent = Math.floor(Math.log10(value));
  const power = [...String(exponent)].map((digit) => superscripts[Number(digit)]).join('');
  return `${(value / 10 ** exponent).toFixed(1)} × 10${power}`;
}

/** A loss with three significant digits. */
export function formatLoss(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return value < 1e-3 ? value.toExponential(2) : value.toPrecision(3);
}
