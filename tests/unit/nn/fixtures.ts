/**
 * Small datasets, specs and hyper-parameters the nn tests share, all seeded.
 */
import type { Dataset, SplitDataset } from '@/lib/data/dataset';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { Activation, Head, ModelSpec } from '@/lib/nn/spec';
import { initialiseWeights } from '@/lib/nn/initialisation';
import { makeRandom } from '@/lib/random';

/** n points in [−1, 1]^d labelled by the sign of x₀·x₁ (xor-like) into `classes` classes. */
export function makeXorData(count: number, seed: number, inputSize = 2, classes = 2): Dataset {
  const random = makeRandom(seed);
  const inputs = new Float32Array(count * inputSize);
  const labels = new Int32Array(count);
  for (let sample = 0; sample < count; sample++) {
    for (let feature = 0; feature < inputSize; feature++) {
      inputs[sample * inputSize + feature] = random.uniform(-1, 1);
    }
    const product = inputs[sample * inputSize] * inputs[sample * inputSize + 1];
    const quadrant = (inputs[sample * inputSize] > 0 ? 1 : 0) + (inputs[sample * inputSize + 1] > 0 ? 2 : 0);
    labels[sample] = classes === 2 ? (product > 0 ? 1 : 0) : quadrant % classes;
  }
  return { count, inputSize, inputs, labels, classes };
}

/** n samples of d uniform features with t targets, t_j = sin(x₀ + j) + x₁/2. */
export function makeRegressionData(count: number, seed: number, inputSize = 2, targetSize = 1): Dataset {
  const data = makeXorData(count, seed, inputSize);
  const targets = new Float32Array(count * targetSize);
  for (let sample = 0; sample < count; sample++) {
    for (let target = 0; target < targetSize; target++) {
      const x = data.inputs.subarray(sample * inputSize);
      targets[sample * targetSize + target] = Math.sin(x[0] + target) + x[1] / 2;
    }
  }
  return { ...data, classes: 1, targets, targetSize };
}

/** Train and validation sets from different seeds. */
export function split(train: Dataset, validation: Dataset): SplitDataset {
  return { train, validation };
}

/** A dense spec: d inputs, the hidden widths, k outputs, one activation, biases everywhere. */
export function makeSpec(
  inputSize: number,
  widths: number[],
  outputSize: number,
  activation: Activation,
  head: Head,
  overrides: Partial<ModelSpec> = {},
): ModelSpec {
  return {
    inputSize,
    hidden: widths.map((units) => ({ units, activation, useBias: true })),
    outputSize,
    head,
    outputBias: true,
    initialisation: 'glorot',
    ...overrides,
  };
}

/** Plain SGD with cross-entropy, batch 10, no regularisation; `overrides` change any of it. */
export function makeHyper(overrides: Partial<HyperParameters> = {}): HyperParameters {
  return {
    learningRate: 0.1,
    batchSize: 10,
    optimiser: 'sgd',
    momentum: 0,
    loss: 'crossEntropy',
    l2: 0,
    dropout: 0,
    ...overrides,
  };
}

/** max_i |a_i − b_i| over all weights and biases of two networks. */
export function maxWeightDifference(
  first: { weights: Float32Array; bias: Float32Array | null }[],
  second: { weights: Float32Array; bias: Float32Array | null }[],
): number {
  let largest = 0;
  first.forEach((layer, index) => {
    const other = second[index];
    layer.weights.forEach((value, entry) => (largest = Math.max(largest, Math.abs(value - other.weights[entry]))));
    layer.bias?.forEach((value, entry) => (largest = Math.max(largest, Math.abs(value - other.bias![entry]))));
  });
  return largest;
}

/** A gradient-check case: a small net with non-zero biases, a batch, masks, targets. */
export interface GradientCase {
  spec: ModelSpec;
  weights: import('@/lib/nn/spec').NetworkWeights;
  block: import('@/lib/nn/dataBlock').DataBlock;
  masks: Float32Array[] | null;
  loss: import('@/lib/nn/losses').LossKind;
  l2: number;
}

/** The loss kinds with a head that suits each, and the output size they use. */
export const lossCases = [
  { loss: 'binaryCrossEntropy', head: 'sigmoid', outputs: 1 },
  { loss: 'categoricalCrossEntropy', head: 'softmax', outputs: 3 },
  { loss: 'meanSquaredError', head: 'linear', outputs: 2 },
  { loss: 'meanSquaredError', head: 'sigmoid', outputs: 1 },
  { loss: 'meanSquaredError', head: 'softmax', outputs: 3 },
] as const;

/** Builds a 3-5-4-k case for `activation` and `lossCase`, seeded. */
export function makeGradientCase(
  activation: Activation,
  lossCase: (typeof lossCases)[number],
  options: { l2?: number; dropout?: number; seed?: number } = {},
): GradientCase {
  const random = makeRandom(options.seed ?? 3);
  const spec = makeSpec(3, [5, 4], lossCase.outputs, activation, lossCase.head, { initialisation: 'he' });
  const count = 6;
  const weights = initialiseWeightsForTest(spec, random);
  const inputs = new Float32Array(count * 3).map(() => random.uniform(-1, 1));
  const labels = new Int32Array(count).map(() => random.int(lossCase.outputs === 1 ? 2 : lossCase.outputs));
  const targets = new Float32Array(count * lossCase.outputs);
  labels.forEach((label, row) => {
    if (lossCase.head === 'linear') for (let j = 0; j < lossCase.outputs; j++) targets[row * lossCase.outputs + j] = random.uniform(-1, 1);
    else if (lossCase.outputs === 1) targets[row] = label;
    else targets[row * lossCase.outputs + label] = 1;
  });
  const rate = options.dropout ?? 0;
  const masks = rate > 0 ? [5, 4].map((units) => new Float32Array(count * units).map(() => (random.next() < rate ? 0 : Math.fround(1 / (1 - rate))))) : null;
  const block = { count, inputSize: 3, inputs, targets, labels, resident: false };
  return { spec, weights, block, masks, loss: lossCase.loss, l2: options.l2 ?? 0 };
}

function initialiseWeightsForTest(spec: ModelSpec, random: ReturnType<typeof makeRandom>) {
  const weights = initialiseWeights(spec, random);
  for (const layer of weights) layer.bias?.forEach((_, index) => (layer.bias![index] = random.uniform(-0.3, 0.3)));
  return weights;
}
