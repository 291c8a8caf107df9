/**
 * What the fitting lab trains, as plain data (no React): the data set with the reader's
 * points, the network, the hyper-parameters, and the presets. The claim tests train these.
 */
import { decodeAddedPoints, withAddedPoints } from '@/lib/data/addedPoints';
import { splitDataset, type SplitDataset } from '@/lib/data/dataset';
import { planarGenerators } from '@/lib/data/planar';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import { hashString } from '@/lib/random';
import type { StateOf } from '@/lib/url/schema';
import type { fitSchema } from './state';

export type FitState = StateOf<typeof fitSchema>;

/** Points drawn from the chosen problem before the split (Playground uses 500; 400 keeps each update cheap). */
export const POINT_COUNT = 400;
/** Every run stops here: long enough for a big net to overfit, short enough to watch. */
export const MAX_STEPS = 3000;
/** Updates per second while the reader watches; with reduced motion the run is unpaced. */
export const WATCHABLE_PACE = 400;
/** The box the decision field covers: the data's [−1, 1]² with room for noise (σ = 0.3 stays inside nearly always). */
export const fieldBox = { xMin: -1.6, xMax: 1.6, yMin: -1.6, yMax: 1.6 } as const;
/** Grid points per side of the field: 64² forward passes a snapshot, cheap even for 10 × 32 units. */
export const GRID_RESOLUTION = 64;

/** The problem's points, split by the training share, with the reader's points added to training. */
export function fitData(state: Pick<FitState, 'dataset' | 'noise' | 'trainShare' | 'points' | 'seed'>): SplitDataset {
  const all = planarGenerators[state.dataset]({ count: POINT_COUNT, noise: state.noise, seed: state.seed });
  const split = splitDataset(all, 1 - state.trainShare, state.seed ^ hashString('fit-split'));
  return { train: withAddedPoints(split.train, decodeAddedPoints(state.points)), validation: split.validation };
}

/** `layers` hidden layers of `units` units, one sigmoid output; He initialisation for ReLU-like units. */
export function fitSpec(state: Pick<FitState, 'layers' | 'units' | 'activation'>): ModelSpec {
  const reluLike = state.activation === 'relu' || state.activation === 'leakyRelu' || state.activation === 'gelu';
  return {
    inputSize: 2,
    hidden: Array.from({ length: state.layers }, () => ({ units: state.units, activation: state.activation, useBias: true })),
    outputSize: 1,
    head: 'sigmoid',
    outputBias: true,
    initialisation: reluLike ? 'he' : 'glorot',
  };
}

/** The hyper-parameters of a state; every one of them can change during a run. */
export function fitHyper(state: Pick<FitState, 'learningRate' | 'batch' | 'optimiser' | 'loss' | 'l2' | 'dropout'>): HyperParameters {
  return {
    learningRate: state.learningRate,
    batchSize: state.batch === 'full' ? 'full' : Number(state.batch),
    optimiser: state.optimiser,
    momentum: 0,
    loss: state.loss,
    l2: Number(state.l2),
    dropout: state.dropout,
  };
}

/** Parameters of the network: Σ (inputs + 1) · units over the layers. */
export function parameterCount(state: Pick<FitState, 'layers' | 'units'>): number {
  let inputs = 2;
  let total = 0;
  for (let layer = 0; layer < state.layers; layer++) {
    total += (inputs + 1) * state.units;
    inputs = state.units;
  }
  return total + inputs + 1;
}

export type PresetName = 'underfit' | 'goodFit' | 'overfit';

/** Every field a preset sets (all but the compute strategy, which is the reader's machine). */
type PresetValues = Omit<FitState, 'engine'>;

const base: PresetValues = {
  dataset: 'circle', noise: 0.1, trainShare: 0.5, layers: 2, units: 8, activation: 'relu', learningRate: 0.03,
  batch: '10', optimiser: 'adam', loss: 'crossEntropy', l2: '0', dropout: 0, points: '', seed: 1,
};

/**
 * Three sets of values that show each regime with their own seed (the claim tests check
 * all three at several seeds): no hidden layer on the ring is a straight line, stuck near
 * chance; a small net with a little weight decay fits the ring and generalises; a 6 × 32 net
 * on 80 noisy XOR points memorises them while its validation loss climbs.
 */
export const presets: Record<PresetName, { label: string; values: PresetValues }> = {
  underfit: { label: 'Underfit', values: { ...base, layers: 0 } },
  goodFit: { label: 'Good fit', values: { ...base, learningRate: 0.01, l2: '0.001', batch: '25' } },
  overfit: { label: 'Overfit', values: { ...base, dataset: 'xor', noise: 0.3, trainShare: 0.2, layers: 6, units: 32, learningRate: 0.002 } },
};
