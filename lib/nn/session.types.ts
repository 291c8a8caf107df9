/**
 * The contract between the training core and everything that drives it (the worker, the
 * tests, the benchmarks). Engines implement `TrainingSession`; `createSession` in
 * `lib/nn/session.ts` picks one.
 */
import type { SplitDataset } from '../data/dataset';
import type { ModelSpec, NetworkWeights } from './spec';

/** Cross-entropy is binary with a sigmoid head and categorical with softmax. */
export type Loss = 'crossEntropy' | 'meanSquaredError';
export type Optimiser = 'sgd' | 'adam';
/** The strategy that does the arithmetic: tfjs kernels, or plain typed arrays for small dense nets. */
export type EngineName = 'typed' | 'tfjs';
/** tfjs backends, in the order the worker tries them when it may choose. */
export type TfjsBackend = 'wasm' | 'cpu' | 'webgl';

export interface HyperParameters {
  learningRate: number;
  /** Samples per update; 'full' uses the whole training set each step. */
  batchSize: number | 'full';
  optimiser: Optimiser;
  /** Momentum μ for SGD (0 gives plain SGD). Ignored by Adam (β1 = 0.9, β2 = 0.999, ε = 1e-7). */
  momentum: number;
  loss: Loss;
  /** L2 weight decay λ: the loss gains (λ/2)·Σ W² over weight matrices (not biases). */
  l2: number;
  /** Dropout rate p on hidden activations during training (inverted dropout), 0 for none. */
  dropout: number;
}

/** What a snapshot should carry beyond the numbers every snapshot has. */
export interface SnapshotRequest {
  /** Inputs (row-major, count × inputSize) whose activations at every layer to return. */
  probe?: { inputs: Float32Array; count: number };
  /** A 2-D box and a resolution: the network's output on resolution × resolution points. */
  grid?: { xMin: number; xMax: number; yMin: number; yMax: number; resolution: number };
  /** Return a copy of all weights. */
  weights?: boolean;
}

export interface LayerStats {
  /**
   * ‖∂L/∂W_l‖₂ (Frobenius, L2 term included) for the last update's batch; 0 before any update.
   * After a divergence, that of the last update of the last `step` call that completed.
   */
  gradientNorm: number;
  /** ‖W_l‖₂ (Frobenius). */
  weightNorm: number;
}

export type SessionStatus = 'ready' | 'diverged';

export interface Snapshot {
  status: SessionStatus;
  /** Updates done so far. */
  step: number;
  /** Passes over the training set so far (fractional). */
  epoch: number;
  /**
   * The step at which a non-finite loss or weight appeared, when diverged. That update was not
   * applied, so the weights are the last finite ones and `step` is divergedAt − 1 (or divergedAt
   * itself when finite weights gave a non-finite evaluation).
   */
  divergedAt: number | null;
  /**
   * The data loss L (without the L2 term) on the training set — or, for a set of more than
   * 2,000 samples, on a fixed subset of 2,000 drawn from the seed. Never non-finite: after a
   * divergence it is the last finite value.
   */
  trainLoss: number;
  /** As trainLoss, on the validation set. */
  validationLoss: number;
  /** Fraction correct in [0, 1]; null for regression. */
  trainAccuracy: number | null;
  validationAccuracy: number | null;
  /** One entry per layer, hidden layers first, the output layer last. */
  layers: LayerStats[];
  /**
   * Per layer, probe count × units, row-major: h_l = f_l(z_l) for the hidden layers, then the
   * output layer's logits z_L (before the head; `predict` gives the outputs after it).
   */
  activations?: Float32Array[];
  /**
   * resolution² × outputSize outputs (after the head), row-major with x varying fastest, y from
   * yMin upward, at x_i = xMin + i·(xMax − xMin)/(resolution − 1), ends included. Only for
   * 2-D inputs; the resolution is clamped to 1 … 256.
   */
  grid?: { resolution: number; values: Float32Array };
  weights?: NetworkWeights;
}

export interface SessionOptions {
  spec: ModelSpec;
  data: SplitDataset;
  hyper: HyperParameters;
  seed: number;
  engine: EngineName;
  /** Initial weights to start from instead of a seeded initialisation. */
  initialWeights?: NetworkWeights;
}

export interface TrainingSession {
  readonly engine: EngineName;
  /** Runs n updates (stopping early if it diverges) and reports the state after them. */
  step(n: number, request?: SnapshotRequest): Snapshot;
  /** The state now, without training. */
  snapshot(request?: SnapshotRequest): Snapshot;
  /** Changes hyper-parameters from the next update on (optimiser state resets if the optimiser changes). */
  setHyperParameters(changes: Partial<HyperParameters>): void;
  /**
   * Back to step 0 with fresh seeded weights (the given seed, or the session's own). Without a
   * seed, a session created with `initialWeights` returns to them.
   */
  reset(seed?: number): void;
  /** A copy of the weights. */
  getWeights(): NetworkWeights;
  /** Replaces the weights with a copy of `weights`; throws on wrong shapes or non-finite numbers. */
  setWeights(weights: NetworkWeights): void;
  /** Outputs (after the head) for count inputs, row-major count × outputSize; never NaN or ±∞. */
  predict(inputs: Float32Array, count: number): Float32Array;
  /** Frees every tensor this session holds. */
  dispose(): void;
}
