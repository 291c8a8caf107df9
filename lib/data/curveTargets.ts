/**
 * One-dimensional targets f: [−1, 1] → ℝ for the universal-approximation demo: a sine, a step,
 * a bumpy curve, and a curve the reader draws, kept as a few sample values so that it fits in
 * a short URL. Deterministic (no seed).
 */
import type { Dataset, SplitDataset } from './dataset';
import { wigglyCurve } from './wiggly';

/** The interval every target lives on: the compact set the theorem speaks of. */
export const curveInterval = { low: -1, high: 1 } as const;

/** The targets a reader can pick. */
export type CurveTargetKind = 'sine' | 'step' | 'bumps' | 'drawn';

/** f(x) = 0.8·sin(2πx): two smooth periods. */
export function sineCurve(x: number): number {
  return 0.8 * Math.sin(2 * Math.PI * x);
}

/**
 * f(x) = −0.6 for x < 0, 0.6 from there: a jump of 1.2 that no continuous function, so no
 * ReLU net, gets within 0.6 of everywhere.
 */
export function stepCurve(x: number): number {
  return x < 0 ? -0.6 : 0.6;
}

/** How many values a drawn curve keeps, evenly spaced on [−1, 1] (ends included). */
export const drawnSampleCount = 17;
/** Values a drawn sample may take: −1 … 1 in 63 equal steps, one URL-safe character each. */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const levels = alphabet.length - 1;

/** The x of drawn sample `index`: −1 + 2·index/(m − 1). */
export function drawnSampleX(index: number): number {
  return curveInterval.low + ((curveInterval.high - curveInterval.low) * index) / (drawnSampleCount - 1);
}

/** The nearest value a drawn sample can hold (clamped to [−1, 1], on the 64-level grid). */
export function quantiseSample(value: number): number {
  const clamped = Math.min(1, Math.max(-1, Number.isFinite(value) ? value : 0));
  return -1 + (2 * Math.round(((clamped + 1) / 2) * levels)) / levels;
}

/** Sample values as a string of `drawnSampleCount` URL-safe characters (each value quantised). */
export function encodeSamples(values: ArrayLike<number>): string {
  let text = '';
  for (let index = 0; index < drawnSampleCount; index++) {
    const value = quantiseSample(values[index] ?? 0);
    text += alphabet[Math.round(((value + 1) / 2) * levels)];
  }
  return text;
}

/** The sample values a string encodes, or null unless it is exactly `drawnSampleCount` valid characters. */
export function decodeSamples(text: string): number[] | null {
  if (text.length !== drawnSampleCount) return null;
  const values: number[] = [];
  for (const character of text) {
    const level = alphabet.indexOf(character);
    if (level < 0) return null;
    values.push(-1 + (2 * level) / levels);
  }
  return values;
}

/**
 * The smooth curve through drawn samples: a cubic Hermite spline with Catmull-Rom tangents
 * (one-sided at the ends), so a drawn target is not already piecewise linear.
 */
export function drawnCurve(values: readonly number[]): (x: number) => number {
  const last = values.length - 1;
  const spacing = (curveInterval.high - curveInterval.low) / last;
  const tangent = (index: number) => {
    const before = values[Math.max(0, index - 1)];
    const after = values[Math.min(last, index + 1)];
    return (after - before) / ((Math.min(last, index + 1) - Math.max(0, index - 1)) || 1);
  };
  return (x: number) => {
    const position = Math.min(last, Math.max(0, (x - curveInterval.low) / spacing));
    const index = Math.min(last - 1, Math.floor(position));
    const t = position - index;
    const t2 = t * t;
    const t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * values[index] + (t3 - 2 * t2 + t) * tangent(index)
      + (-2 * t3 + 3 * t2) * values[index + 1] + (t3 - t2) * tangent(index + 1);
  };
}

/** The drawn curve a new reader starts from: a wave that rises, dips, and ends with a shoulder. */
export const defaultDrawnSamples = encodeSamples([-0.6, -0.35, 0, 0.4, 0.7, 0.6, 0.2, -0.2, -0.5, -0.55, -0.3, 0.1, 0.45, 0.5, 0.45, 0.5, 0.7]);

/** The target function for a kind; `drawn` reads `samples` (the default drawing if they do not decode). */
export function curveTarget(kind: CurveTargetKind, samples: string = defaultDrawnSamples): (x: number) => number {
  if (kind === 'sine') return sineCurve;
  if (kind === 'step') return stepCurve;
  if (kind === 'bumps') return wigglyCurve;
  return drawnCurve(decodeSamples(samples) ?? (decodeSamples(defaultDrawnSamples) as number[]));
}

/** `count` samples x_i evenly spaced on [−1, 1] (ends included) with y_i = f(x_i). */
export function sampleCurve(f: (x: number) => number, count: number): { xs: Float64Array; ys: Float64Array } {
  const points = Math.max(2, Math.floor(count));
  const xs = new Float64Array(points);
  const ys = new Float64Array(points);
  for (let index = 0; index < points; index++) {
    xs[index] = curveInterval.low + ((curveInterval.high - curveInterval.low) * index) / (points - 1);
    ys[index] = f(xs[index]);
  }
  return { xs, ys };
}

function regression(xs: ArrayLike<number>, ys: ArrayLike<number>): Dataset {
  return { count: xs.length, inputSize: 1, inputs: Float32Array.from(xs), labels: new Int32Array(xs.length), classes: 1, targets: Float32Array.from(ys), targetSize: 1 };
}

/**
 * f sampled at `count` evenly spaced x on [−1, 1] for training, and at the `count − 1`
 * midpoints for validation.
 */
export function makeCurveDataset(f: (x: number) => number, count = 161): SplitDataset {
  const train = sampleCurve(f, count);
  const half = (train.xs[1] - train.xs[0]) / 2;
  const middles = Float64Array.from(train.xs.subarray(0, -1), (x) => x + half);
  return { train: regression(train.xs, train.ys), validation: regression(middles, Float64Array.from(middles, f)) };
}
