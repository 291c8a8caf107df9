/**
 * Linear probes (Alain & Bengio 2016): freeze a network, take the activations h of one layer as
 * features, and fit multinomial logistic regression p(y = c | h) = softmax(h·W + b)_c on them.
 * Its validation accuracy says how linearly decodable the classes are at that layer.
 *
 * Plain typed arrays; features standardised with the training set's mean and deviation;
 * full-batch gradient descent with Adam steps on the mean cross-entropy + (λ/2)‖W‖².
 */
import { makeRandom } from '../random';
import type { Dataset, SplitDataset } from '../data/dataset';

/** Training settings of the probe. */
export interface ProbeOptions {
  /** Full-batch steps (default 300). */
  iterations?: number;
  /** Adam step size (default 0.05). */
  learningRate?: number;
  /** L2 coefficient λ on W (default 1e-4). */
  l2?: number;
  /** Seeds the small initial weights W ~ N(0, 0.01²). */
  seed?: number;
}

/** A fitted probe: its standardisation, W and b, and how well it decodes the classes. */
export interface LinearProbe {
  /** Per-feature mean and deviation used to standardise h before W. */
  mean: Float64Array;
  deviation: Float64Array;
  /** W, row-major features × classes, and b. */
  weights: Float64Array;
  bias: Float64Array;
  classes: number;
  trainAccuracy: number;
  validationAccuracy: number;
  /** Final mean training cross-entropy (nats). */
  trainLoss: number;
}

/** Per-feature mean and standard deviation (deviation 1 for a constant feature). */
function featureScales(dataset: Dataset): { mean: Float64Array; deviation: Float64Array } {
  const { count, inputSize, inputs } = dataset;
  const mean = new Float64Array(inputSize);
  const deviation = new Float64Array(inputSize);
  for (let i = 0; i < count; i++) for (let f = 0; f < inputSize; f++) mean[f] += inputs[i * inputSize + f] / count;
  for (let i = 0; i < count; i++) for (let f = 0; f < inputSize; f++) deviation[f] += (inputs[i * inputSize + f] - mean[f]) ** 2 / count;
  for (let f = 0; f < inputSize; f++) deviation[f] = Math.sqrt(deviation[f]) || 1;
  return { mean, deviation };
}

/** Standardised features z = (h − μ)/σ, row-major. */
function standardise(dataset: Dataset, mean: Float64Array, deviation: Float64Array): Float64Array {
  const { inputSize } = dataset;
  return Float64Array.from(dataset.inputs, (value, index) => (value - mean[index % inputSize]) / deviation[index % inputSize]);
}

/** Softmax probabilities of one sample's logits z·W + b into `out` (length classes). */
function softmaxRow(features: Float64Array, row: number, size: number, weights: Float64Array, bias: Float64Array, out: Float64Array): void {
  const classes = bias.length;
  out.set(bias);
  for (let f = 0; f < size; f++) {
    const value = features[row * size + f];
    if (value === 0) continue;
    for (let c = 0; c < classes; c++) out[c] += value * weights[f * classes + c];
  }
  let largest = -Infinity;
  for (let c = 0; c < classes; c++) largest = Math.max(largest, out[c]);
  let total = 0;
  for (let c = 0; c < classes; c++) total += out[c] = Math.exp(out[c] - largest);
  for (let c = 0; c < classes; c++) out[c] /= total;
}

/** Mean cross-entropy and its gradient with respect to (W, b), written into the two arrays. */
function lossAndGradient(features: Float64Array, labels: Int32Array, size: number, weights: Float64Array, bias: Float64Array, gradient: Float64Array): number {
  const classes = bias.length;
  const count = labels.length;
  const probabilities = new Float64Array(classes);
  gradient.fill(0);
  let loss = 0;
  for (let row = 0; row < count; row++) {
    softmaxRow(features, row, size, weights, bias, probabilities);
    loss -= Math.log(Math.max(probabilities[labels[row]], 1e-300)) / count;
    probabilities[labels[row]] -= 1;
    for (let f = 0; f < size; f++) {
      const value = features[row * size + f] / count;
      if (value === 0) continue;
      for (let c = 0; c < classes; c++) gradient[f * classes + c] += value * probabilities[c];
    }
    for (let c = 0; c < classes; c++) gradient[size * classes + c] += probabilities[c] / count;
  }
  return loss;
}

/** Fraction of rows whose most probable class is the label. */
function accuracy(features: Float64Array, labels: Int32Array, size: number, weights: Float64Array, bias: Float64Array): number {
  if (labels.length === 0) return 0;
  const probabilities = new Float64Array(bias.length);
  let correct = 0;
  for (let row = 0; row < labels.length; row++) {
    softmaxRow(features, row, size, weights, bias, probabilities);
    let best = 0;
    for (let c = 1; c < bias.length; c++) if (probabilities[c] > probabilities[best]) best = c;
    if (best === labels[row]) correct++;
  }
  return correct / labels.length;
}

/**
 * Fits the probe on `split.train` (inputs = the frozen features of one layer) and reports
 * training and validation accuracy. Separable features give ≈ 1; features that carry nothing
 * about the labels give about 1/classes on validation.
 */
export function trainLinearProbe(split: SplitDataset, options: ProbeOptions = {}): LinearProbe {
  const { iterations = 300, learningRate = 0.05, l2 = 1e-4, seed = 0 } = options;
  const { train, validation } = split;
  const size = train.inputSize;
  const classes = Math.max(train.classes, 2);
  const { mean, deviation } = featureScales(train);
  const features = standardise(train, mean, deviation);
  const random = makeRandom(seed);
  const parameters = Float64Array.from({ length: (size + 1) * classes }, (_, index) => (index < size * classes ? 0.01 * random.normal() : 0));
  const weights = parameters.subarray(0, size * classes);
  const bias = parameters.subarray(size * classes);
  const gradient = new Float64Array(parameters.length);
  const firstMoment = new Float64Array(parameters.length);
  const secondMoment = new Float64Array(parameters.length);
  let trainLoss = 0;
  for (let step = 1; step <= iterations; step++) {
    trainLoss = lossAndGradient(features, train.labels, size, weights, bias, gradient);
    for (let index = 0; index < size * classes; index++) gradient[index] += l2 * parameters[index];
    const correction = Math.sqrt(1 - 0.999 ** step) / (1 - 0.9 ** step);
    for (let index = 0; index < parameters.length; index++) {
      firstMoment[index] = 0.9 * firstMoment[index] + 0.1 * gradient[index];
      secondMoment[index] = 0.999 * secondMoment[index] + 0.001 * gradient[index] ** 2;
      parameters[index] -= (learningRate * correction * firstMoment[index]) / (Math.sqrt(secondMoment[index]) + 1e-8);
    }
  }
  const validationFeatures = standardise(validation, mean, deviation);
  return {
    mean,
    deviation,
    weights: weights.slice(),
    bias: bias.slice(),
    classes,
    trainAccuracy: accuracy(features, train.labels, size, weights, bias),
    validationAccuracy: accuracy(validationFeatures, validation.labels, size, weights, bias),
    trainLoss,
  };
}
