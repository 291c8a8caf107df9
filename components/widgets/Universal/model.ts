/**
 * The demo's arithmetic, kept out of the components: the target for a state, its training data,
 * the constructive fits for every width, and a network read as hinges (exact polylines) with its
 * error against the target.
 */
import { constructHingeFits } from '@/lib/analysis/hingeFit';
import { evaluateShallow, hingePosition, measureFitError, unitContribution, type FitError } from '@/lib/analysis/shallowNetwork';
import type { SplitDataset } from '@/lib/data/dataset';
import { curveInterval, curveTarget, makeCurveDataset, sampleCurve, type CurveTargetKind } from '@/lib/data/curveTargets';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { ModelSpec, NetworkWeights } from '@/lib/nn/spec';
import type { StateOf } from '@/lib/url/schema';
import { maxUnits, type universalSchema } from './state';

export type State = StateOf<typeof universalSchema>;

/** Full-batch Adam on mean squared error; 0.03 trains a sine in a few thousand steps. */
export const hyperParameters: HyperParameters = {
  learningRate: 0.03, batchSize: 'full', optimiser: 'adam', momentum: 0, loss: 'meanSquaredError', l2: 0, dropout: 0,
};
export const maxSteps = 4000;
/**
 * Training samples on [−1, 1]: an even count, so that no sample sits on the step's jump at 0
 * and a fit's steepest ramp crosses it midway. The error is measured on 1,001 points.
 */
const trainingSamples = 160;

/** One hidden layer of n ReLUs and a linear output; He weights and N(0, ½²) biases spread the first hinges. */
export function makeSpec(units: number): ModelSpec {
  return {
    inputSize: 1, hidden: [{ units, activation: 'relu', useBias: true }], outputSize: 1, head: 'linear',
    outputBias: true, initialisation: 'he', biasScale: 0.5,
  };
}

/** The key that names a target: its kind, and the drawing when it is drawn. */
export function targetKey(target: CurveTargetKind, drawing: string): string {
  return target === 'drawn' ? `drawn:${drawing}` : target;
}

/** Everything that depends on the target alone, built once per target. */
export interface TargetModel {
  key: string;
  f: (x: number) => number;
  dataset: SplitDataset;
  /** constructed[n − 1]: the greedy least-squares fit with n hinges. */
  constructed: NetworkWeights[];
  constructedErrors: FitError[];
}

const targetModels = new Map<string, TargetModel>();

/** The target's model, cached (the trainer keys its session on the dataset's identity). */
export function targetModel(target: CurveTargetKind, drawing: string): TargetModel {
  const key = targetKey(target, drawing);
  let model = targetModels.get(key);
  if (!model) {
    const f = curveTarget(target, drawing);
    const { xs, ys } = sampleCurve(f, trainingSamples);
    const constructed = constructHingeFits(xs, ys, maxUnits);
    model = { key, f, dataset: makeCurveDataset(f, trainingSamples), constructed, constructedErrors: constructed.map((fit) => fitError(fit, f)) };
    // A reader who draws makes many targets: keep the few most recent.
    if (targetModels.size > 12) targetModels.delete(targetModels.keys().next().value as string);
    targetModels.set(key, model);
  }
  return model;
}

/** max and RMS of |N(x) − f(x)| on 1,001 points of [−1, 1]. */
export function fitError(weights: NetworkWeights, f: (x: number) => number): FitError {
  return measureFitError((x) => evaluateShallow(weights, x), f, curveInterval.low, curveInterval.high);
}

/** A network drawn exactly: its sum and each unit's contribution as polylines (x, y pairs). */
export interface NetDrawing {
  sum: Float64Array;
  contributions: Float64Array[];
  /** Hinges inside the interval, in unit order. */
  hinges: number[];
}

function polylineAt(xs: number[], g: (x: number) => number): Float64Array {
  const pairs = new Float64Array(xs.length * 2);
  xs.forEach((x, index) => {
    pairs[2 * index] = x;
    pairs[2 * index + 1] = g(x);
  });
  return pairs;
}

/** The sum N(x) and every v_i·ReLU(w_i x + b_i), each a polyline through its bends on [−1, 1]. */
export function drawNet(weights: NetworkWeights): NetDrawing {
  const { low, high } = curveInterval;
  const units = weights[0].units;
  const inside = (x: number | null): x is number => x !== null && x > low && x < high;
  const hinges = Array.from({ length: units }, (_, unit) => hingePosition(weights, unit)).filter(inside);
  const contributions = Array.from({ length: units }, (_, unit) => {
    const hinge = hingePosition(weights, unit);
    return polylineAt(inside(hinge) ? [low, hinge, high] : [low, high], (x) => unitContribution(weights, unit, x));
  });
  const xs = [low, ...[...hinges].sort((a, b) => a - b), high];
  return { sum: polylineAt(xs, (x) => evaluateShallow(weights, x)), contributions, hinges };
}

/** A number for the screen: three significant digits, or a dash (never NaN). */
export function formatError(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  return value < 0.001 ? value.toExponential(1) : value.toPrecision(2);
}
