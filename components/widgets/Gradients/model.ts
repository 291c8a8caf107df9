/**
 * The demo's training set-up: the same data, seed and optimiser for three deep MLPs that
 * differ only in their hidden activation (and the initialisation that goes with it).
 */
import { makeCircle } from '@/lib/data/planar';
import { splitDataset, type SplitDataset } from '@/lib/data/dataset';
import type { GradientActivation } from '@/lib/analysis/gradientFlow';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { StateOf } from '@/lib/url/schema';
import type { gradientsSchema } from './state';

export type GradientsState = StateOf<typeof gradientsSchema>;

/** Units in every hidden layer: wide enough to learn the ring, small enough for three nets at once. */
export const UNITS = 16;
export const MAX_STEPS = 1500;
/** Updates per second while the reader watches; with reduced motion, training runs unpaced. */
export const WATCHABLE_PACE = 200;

/**
 * Adam, so that a net whose gradients are merely small still learns: what stalls sigmoid at
 * depth is gradients that vanish by many orders of magnitude, not a learning rate tuned to ReLU.
 */
export const gradientsHyper: HyperParameters = {
  learningRate: 0.005, batchSize: 32, optimiser: 'adam', momentum: 0, loss: 'crossEntropy', l2: 0, dropout: 0,
};

/** A disc inside a ring (no line separates them), split half and half. */
export function ringData(seed: number): SplitDataset {
  return splitDataset(makeCircle({ count: 400, noise: 0.05, seed }), 0.5, seed + 1);
}

/** How each activation is named and coloured, everywhere in the demo. */
export const activationStyle: Record<GradientActivation, { name: string; colour: string }> = {
  sigmoid: { name: 'sigmoid', colour: 'var(--grad-sigmoid)' },
  tanh: { name: 'tanh', colour: 'var(--grad-tanh)' },
  relu: { name: 'ReLU', colour: 'var(--grad-relu)' },
};
