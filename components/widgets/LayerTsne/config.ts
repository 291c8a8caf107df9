import type { TrainerConfig } from '@/components/hooks/useTrainer';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import type { CheckpointPlan } from '@/lib/worker/protocol';
import { strategyConfig, type Strategy } from '@/lib/worker/strategy';

/**
 * The network and data of the layer t-SNE demo: 8 × 8 MNIST digits (5,000, split 3,000 to
 * train and 2,000 held out), an MLP 64-64-64-64-10 with ReLU, Adam, minibatches of 50, for
 * ten epochs. Checkpoints keep the held-out probe set's features untrained and after 1, 3 and
 * 10 epochs.
 */
export const side = 8;
const trainCount = 3000;
const batchSize = 50;
export const stepsPerEpoch = trainCount / batchSize;
export const checkpointEpochs = ['0', '1', '3', '10'] as const;
export type CheckpointEpoch = (typeof checkpointEpochs)[number];

/** Held-out digits whose features are kept: probes fit on the first 400 and score on the other 400. */
export const probeCount = 800;
/** Digits drawn in each panel: the first 400 of the probe set, the half the probes fit on. */
export const embedCount = 400;

/** The training step of a checkpoint. */
export function checkpointStep(epoch: CheckpointEpoch): number {
  return Number(epoch) * stepsPerEpoch;
}

const spec: ModelSpec = {
  inputSize: side * side,
  hidden: [1, 2, 3].map(() => ({ units: 64, activation: 'relu' as const, useBias: true })),
  outputSize: 10,
  head: 'softmax',
  outputBias: true,
  initialisation: 'he',
};

const hyper: HyperParameters = {
  learningRate: 0.003, batchSize, optimiser: 'adam', momentum: 0, loss: 'crossEntropy', l2: 0, dropout: 0,
};

const plan: CheckpointPlan = { steps: checkpointEpochs.map(checkpointStep), probeCount, embedCount };

/** What each panel shows, input first. */
export const layers = [
  { id: 'input', name: 'Input', detail: '64 pixels' },
  { id: 'hidden1', name: 'Hidden 1', detail: '64 ReLU' },
  { id: 'hidden2', name: 'Hidden 2', detail: '64 ReLU' },
  { id: 'hidden3', name: 'Hidden 3', detail: '64 ReLU' },
  { id: 'output', name: 'Output', detail: '10 logits' },
] as const;

/** The trainer's configuration for a weight seed (the data split stays fixed). */
export function trainerConfig(seed: number, strategy: Strategy = 'typed'): TrainerConfig {
  return {
    spec, hyper, seed, ...strategyConfig(strategy), maxSteps: checkpointStep('10'), checkpoints: plan,
    dataset: { kind: 'generator', name: 'digits', params: { side, validationFraction: 0.4 }, seed: 1 },
  };
}
