/**
 * MNIST-1D (Greydanus 2020, arXiv:2011.14439; github.com/greydanus/mnist1d, Apache-2.0):
 * ten hand-drawn 12-point 1-D "digit" templates, each sample made by padding, stretching,
 * scaling, translating, adding correlated and iid Gaussian noise, shearing and resampling to
 * 40 points. Small enough to train in seconds, yet a linear model reaches only about a third
 * accuracy where an MLP gets about two thirds (the paper: 32 % vs 68 %).
 *
 * Follows the recipe of the reference `transform.py` step for step, with its default
 * arguments. Deviations from the original:
 * - randomness comes from lib/random (sfc32), not NumPy, so the samples differ from the
 *   published pickle (same distribution, other draws);
 * - the correlated noise's Gaussian filter (σ = 2) is a kernel truncated at 4σ with mirror
 *   ("reflect") boundaries, which is what scipy's `gaussian_filter` does by default;
 * - the returned dataset is one set; split it with `splitDataset` (stratified) rather than
 *   the original's first-80 % cut.
 */
import { makeRandom, type Random } from '../random';
import type { Dataset } from './dataset';

/** The recipe's knobs, with the reference defaults. */
export interface Mnist1dOptions {
  /** Samples n, spread evenly over the 10 classes (default 5000). */
  count?: number;
  seed?: number;
  /** Template points (12). */
  templateLength?: number;
  /** Zeros appended before stretching, drawn from [low, high] (36, 60). */
  padding?: [number, number];
  /** Amplitude scale factor 1 + c·(u − ½), u ~ U[0,1) (c = 0.4). */
  scaleCoefficient?: number;
  /** Circular shifts drawn from {0, …, T − 1} (T = 48). */
  maxTranslation?: number;
  /** σ of the white noise smoothed into correlated noise, off the template (0.25). */
  correlatedNoiseScale?: number;
  /** σ of the iid noise added everywhere (0.02). */
  iidNoiseScale?: number;
  /** Shear slope drawn from s·(u − ½) (s = 0.75). */
  shearScale?: number;
  /** Points per sample at the end (40). */
  finalLength?: number;
}

const defaults: Required<Mnist1dOptions> = {
  count: 5000,
  seed: 42,
  templateLength: 12,
  padding: [36, 60],
  scaleCoefficient: 0.4,
  maxTranslation: 48,
  correlatedNoiseScale: 0.25,
  iidNoiseScale: 0.02,
  shearScale: 0.75,
  finalLength: 40,
};

const rawTemplates: number[][] = [
  [5, 6, 6.5, 6.75, 7, 7, 7, 7, 6.75, 6.5, 6, 5],
  [5, 3, 3, 3.4, 3.8, 4.2, 4.6, 5, 5.4, 5.8, 5, 5],
  [5, 6, 6.5, 6.5, 6, 5.25, 4.75, 4, 3.5, 3.5, 4, 5],
  [5, 6, 6.5, 6.5, 6, 5, 5, 6, 6.5, 6.5, 6, 5],
  [5, 4.4, 3.8, 3.2, 2.6, 2.6, 5, 5, 5, 5, 5, 5],
  [5, 3, 3, 3, 3, 5, 6, 6.5, 6.5, 6, 4.5, 5],
  [5, 4, 3.5, 3.25, 3, 3, 3, 3, 3.25, 3.5, 4, 5],
  [5, 7, 7, 6.6, 6.2, 5.8, 5.4, 5, 4.6, 4.2, 5, 5],
  [5, 4, 3.5, 3.5, 4, 5, 5, 4, 3.5, 3.5, 4, 5],
  [5, 4, 3.5, 3.5, 4, 5, 5, 5, 5, 4.7, 4.3, 5],
];

/**
 * The ten templates x_c (12 points each), standardised per template (mean 0, population
 * standard deviation 1), shifted so that they start at 0, and divided by 6, as in the paper.
 */
export function mnist1dTemplates(): Float64Array[] {
  return rawTemplates.map((raw) => {
    const mean = raw.reduce((sum, value) => sum + value, 0) / raw.length;
    const deviation = Math.sqrt(raw.reduce((sum, value) => sum + (value - mean) ** 2, 0) / raw.length);
    const standard = raw.map((value) => (value - mean) / deviation);
    return Float64Array.from(standard, (value) => (value - standard[0]) / 6);
  });
}

/** Linear resampling of x (on an even grid of [0, 1]) to `length` evenly spaced points. */
export function interpolate(values: ArrayLike<number>, length: number): Float64Array {
  const result = new Float64Array(length);
  const last = values.length - 1;
  for (let index = 0; index < length; index++) {
    const position = length === 1 ? 0 : (index * last) / (length - 1);
    const left = Math.min(Math.floor(position), Math.max(0, last - 1));
    const weight = position - left;
    result[index] = last === 0 ? values[0] : values[left] * (1 - weight) + values[left + 1] * weight;
  }
  return result;
}

/** Gaussian smoothing with standard deviation σ, truncated at 4σ, mirror boundaries. */
export function gaussianFilter(values: Float64Array, sigma: number): Float64Array {
  const radius = Math.round(4 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, offset) => Math.exp(-((offset - radius) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((sum, weight) => sum + weight, 0);
  const length = values.length;
  const mirror = (index: number): number => {
    let folded = index;
    while (folded < 0 || folded >= length) folded = folded < 0 ? -folded - 1 : 2 * length - folded - 1;
    return folded;
  };
  const result = new Float64Array(length);
  for (let index = 0; index < length; index++) {
    let sum = 0;
    for (let offset = -radius; offset <= radius; offset++) sum += kernel[offset + radius] * values[mirror(index + offset)];
    result[index] = sum / total;
  }
  return result;
}

/** One sample from template x: pad, stretch, scale, translate, noise, shear, resample. */
function transformTemplate(template: Float64Array, options: Required<Mnist1dOptions>, random: Random): Float64Array {
  const [low, high] = options.padding;
  const padded = new Float64Array(template.length + low + Math.floor(random.next() * (high - low + 1)));
  for (let index = 0; index < template.length; index++) padded[index] = template[index] + 1e-8;
  const stretchedLength = options.templateLength + high;
  const stretched = interpolate(padded, stretchedLength);
  const scale = 1 + options.scaleCoefficient * (random.next() - 0.5);
  const shift = random.int(options.maxTranslation);
  const signal = new Float64Array(stretchedLength);
  for (let index = 0; index < stretchedLength; index++) signal[(index + shift) % stretchedLength] = stretched[index] * scale;
  const white = Float64Array.from({ length: stretchedLength }, () => options.correlatedNoiseScale * random.normal());
  const correlated = gaussianFilter(white, 2);
  const shear = options.shearScale * (random.next() - 0.5);
  for (let index = 0; index < stretchedLength; index++) {
    const background = signal[index] === 0 ? correlated[index] : signal[index];
    const ramp = stretchedLength === 1 ? 0 : index / (stretchedLength - 1) - 0.5;
    signal[index] = background + options.iidNoiseScale * random.normal() - shear * ramp;
  }
  return interpolate(signal, options.finalLength);
}

/**
 * The MNIST-1D dataset: n samples of 40 points, labels 0 … 9 with n/10 per class (the first
 * n mod 10 classes get one more), shuffled, then standardised as a whole (all values: mean 0,
 * standard deviation 1), as the reference does.
 */
export function makeMnist1d(options: Mnist1dOptions = {}): Dataset {
  const settings: Required<Mnist1dOptions> = { ...defaults, ...options };
  const random = makeRandom(settings.seed);
  const templates = mnist1dTemplates();
  const count = Math.max(0, Math.floor(settings.count));
  const labels = random.shuffleInPlace(Int32Array.from({ length: count }, (_, index) => index % 10));
  const inputSize = settings.finalLength;
  const inputs = new Float32Array(count * inputSize);
  const values = new Float64Array(count * inputSize);
  for (let sample = 0; sample < count; sample++) {
    values.set(transformTemplate(templates[labels[sample]], settings, random), sample * inputSize);
  }
  let mean = 0;
  for (const value of values) mean += value / values.length;
  let variance = 0;
  for (const value of values) variance += (value - mean) ** 2 / values.length;
  const deviation = Math.sqrt(variance) || 1;
  for (let index = 0; index < values.length; index++) inputs[index] = (values[index] - mean) / deviation;
  return { count, inputSize, inputs, labels, classes: 10 };
}
