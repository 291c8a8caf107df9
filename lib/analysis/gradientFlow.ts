/**
 * The vanishing-gradient demo's arithmetic: which initialisation suits which activation, the
 * deep MLP it trains, and what it reads off a snapshot's per-layer gradient norms. No React.
 */
import type { SplitDataset } from '../data/dataset';
import type { HyperParameters, LayerStats } from '../nn/session.types';
import type { Activation, Initialisation, ModelSpec } from '../nn/spec';
import { createSessionWith } from '../nn/trainingSession';
import { createTypedEngine } from '../nn/typed/engine';

/** The three hidden activations the demo compares. */
export type GradientActivation = 'sigmoid' | 'tanh' | 'relu';
export const GRADIENT_ACTIVATIONS: readonly GradientActivation[] = ['sigmoid', 'tanh', 'relu'];

/**
 * The initialisation derived for an activation — Glorot & Bengio (2010) for sigmoid and tanh,
 * He et al. (2015) for ReLU — or, when `mismatched`, the other one.
 */
export function initialisationFor(activation: Activation, mismatched = false): Initialisation {
  const suited: Initialisation = activation === 'relu' ? 'he' : 'glorot';
  if (!mismatched) return suited;
  return suited === 'he' ? 'glorot' : 'he';
}

/** `depth` hidden layers of `units` units, bias on, one sigmoid output for two classes. */
export function deepMlpSpec(activation: GradientActivation, depth: number, units: number, mismatched = false): ModelSpec {
  return {
    inputSize: 2,
    hidden: Array.from({ length: depth }, () => ({ units, activation, useBias: true })),
    outputSize: 1,
    head: 'sigmoid',
    outputBias: true,
    initialisation: initialisationFor(activation, mismatched),
  };
}

/**
 * ‖∂L/∂W₁‖ / ‖∂L/∂W_out‖: the first hidden layer's gradient norm over the output layer's.
 * Null when there is no update yet (a zero or non-finite norm), so no NaN reaches the page.
 */
export function gradientRatio(layers: readonly LayerStats[]): number | null {
  if (layers.length < 2) return null;
  const ratio = layers[0].gradientNorm / layers[layers.length - 1].gradientNorm;
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}

/** Each layer's gradient norm, or null where it is zero or not finite (nothing to draw on a log scale). */
export function gradientNorms(layers: readonly LayerStats[]): (number | null)[] {
  return layers.map(({ gradientNorm }) => (Number.isFinite(gradientNorm) && gradientNorm > 0 ? gradientNorm : null));
}

/**
 * Powers of ten covering the finite positive values, at least one decade wide, for a log axis:
 * [10^floor(log10 min), 10^ceil(log10 max)]; [1e-3, 1] when there is nothing to show.
 */
export function decadeDomain(values: Iterable<number | null>): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value === null || !Number.isFinite(value) || value <= 0) continue;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (low > high) return [1e-3, 1];
  const bottom = Math.floor(Math.log10(low));
  const top = Math.max(Math.ceil(Math.log10(high)), bottom + 1);
  return [10 ** bottom, 10 ** top];
}

/**
 * The per-layer stats of a net's first update, from the weights it is initialised with: the
 * same seed, data and spec give the first update of the worker's run on the typed engine.
 * Small enough to run anywhere (a net of 20 layers of 16 takes milliseconds), and it keeps
 * tfjs out: only the typed engine is loaded.
 */
export function firstUpdateLayers(spec: ModelSpec, data: SplitDataset, hyper: HyperParameters, seed: number): LayerStats[] {
  const session = createSessionWith({ typed: createTypedEngine }, { spec, data, hyper, seed, engine: 'typed' });
  try {
    return session.step(1).layers;
  } finally {
    session.dispose();
  }
}
