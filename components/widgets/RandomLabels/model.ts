/**
 * The demo's experiment: one MLP, one optimiser, one seed, trained three times — on true
 * labels, on labels of which a chosen fraction is shuffled, and on noise inputs (Zhang et al.
 * 2017, arXiv:1611.03530, with CIFAR-10 shrunk to a few hundred small digits).
 */
import type { HyperParameters } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import type { StateOf } from '@/lib/url/schema';
import type { DatasetSource, GeneratorParameter } from '@/lib/worker/protocol';
import type { randomLabelsSchema } from './state';

export type RandomLabelsState = StateOf<typeof randomLabelsSchema>;

/** The three runs, in the order they are drawn and listed. */
export const RUN_KINDS = ['true', 'shuffled', 'noise'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** Hidden units per layer and hidden layers: about 26,000 weights for a few hundred samples. */
export const UNITS = 128;
export const HIDDEN_LAYERS = 2;
export const BATCH_SIZE = 50;
/** Training stops here if a run has not fitted its training set; memorising takes well under it. */
export const MAX_EPOCHS = 500;
export const DROPOUT_RATE = 0.2;
export const WEIGHT_DECAY = 0.001;
export const CLASSES = 10;

/** Inputs per sample of each dataset. */
const inputSizes: Record<RandomLabelsState['dataset'], number> = { digits: 64, mnist1d: 40 };

/** How each run is named and coloured everywhere in the demo. */
export const runStyle: Record<RunKind, { colour: string; describe: (shuffled: number) => string }> = {
  true: { colour: 'var(--rl-true)', describe: () => 'True labels' },
  shuffled: { colour: 'var(--rl-shuffled)', describe: (shuffled) => `${shuffled}% of labels shuffled` },
  noise: { colour: 'var(--rl-noise)', describe: () => 'Noise inputs' },
};

/** A ReLU MLP with a softmax head: the same for all three runs. */
export function randomLabelsSpec(dataset: RandomLabelsState['dataset']): ModelSpec {
  return {
    inputSize: inputSizes[dataset],
    hidden: Array.from({ length: HIDDEN_LAYERS }, () => ({ units: UNITS, activation: 'relu' as const, useBias: true })),
    outputSize: CLASSES,
    head: 'softmax',
    outputBias: true,
    initialisation: 'he',
  };
}

/** Adam with minibatches of 50; the two regularisers as the toggles say. */
export function randomLabelsHyper(dropout: boolean, weightDecay: boolean): HyperParameters {
  return {
    learningRate: 0.002, batchSize: BATCH_SIZE, optimiser: 'adam', momentum: 0, loss: 'crossEntropy',
    l2: weightDecay ? WEIGHT_DECAY : 0, dropout: dropout ? DROPOUT_RATE : 0,
  };
}

/**
 * The run's data, generated in the worker: 2n samples split half and half (stratified, so
 * about n train), the same split for every run; then the run's corruption of the training half
 * only, so validation always has real inputs and true labels.
 */
export function runDataset(state: Pick<RandomLabelsState, 'dataset' | 'trainSize' | 'shuffled' | 'seed'>, kind: RunKind): DatasetSource {
  const corruption: Record<string, GeneratorParameter> = kind === 'shuffled' ? { labelNoise: state.shuffled / 100 } : kind === 'noise' ? { randomInputs: true } : {};
  return {
    kind: 'generator',
    name: state.dataset,
    params: { count: 2 * state.trainSize, validationFraction: 0.5, side: 8, ...corruption },
    seed: state.seed,
  };
}

/** Updates in one epoch (a pass over about n samples in batches of 50). */
export function stepsPerEpoch(trainSize: number): number {
  return Math.ceil(trainSize / BATCH_SIZE);
}

/** Weights and biases of the net, Σ_l (in_l + 1)·out_l. */
export function countParameters(spec: ModelSpec): number {
  let inputs = spec.inputSize;
  let total = 0;
  for (const layer of [...spec.hidden.map((hidden) => hidden.units), spec.outputSize]) {
    total += (inputs + 1) * layer;
    inputs = layer;
  }
  return total;
}

/** What each dataset is called in the demo's sentences. */
export const datasetNames: Record<RandomLabelsState['dataset'], string> = {
  digits: 'handwritten digits (8 × 8 pixels)',
  mnist1d: 'MNIST-1D signals (40 points)',
};
