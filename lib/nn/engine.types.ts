/**
 * The strategy behind a `TrainingSession`: the arithmetic of one network, done either on typed
 * arrays (lib/nn/typed/engine.ts) or on tfjs tensors (lib/nn/tfjs/engine.ts). The session owns
 * everything else — batches, dropout masks, divergence, snapshots — so both engines see the
 * same inputs and only the arithmetic differs.
 */
import type { DataBlock } from './dataBlock';
import type { DropoutMasks } from './dropout';
import type { LossKind } from './losses';
import type { EngineName, Optimiser } from './session.types';
import type { NetworkWeights } from './spec';

/** What one update did. The engine reuses this object: read it before the next update. */
export interface UpdateOutcome {
  /**
   * False when the objective, a gradient norm, a new weight or a new optimiser state was not
   * finite (in float32): then nothing changed, the weights are still the last finite ones.
   */
  committed: boolean;
  /**
   * The objective L + (λ/2)·Σ‖W_l‖² on the batch, before the update; NaN when the update was
   * not asked to measure and the engine skipped L as surely finite (the typed engine skips the
   * logarithms of cross-entropy then).
   */
  objective: number;
  /**
   * ‖∂L/∂W_l‖ (Frobenius, L2 term included) per layer, hidden layers first: of this update when
   * it was asked to measure, else possibly of the last update that was (engines may skip them).
   */
  gradientNorms: Float64Array;
}

/** The settings of one update that an engine needs. */
export interface UpdateSettings {
  loss: LossKind;
  learningRate: number;
  optimiser: Optimiser;
  momentum: number;
  l2: number;
}

/** One network's arithmetic: weights, updates, evaluation and forward passes. */
export interface Engine {
  readonly name: EngineName;
  /** A copy of W_l and b_l for every layer. */
  getWeights(): NetworkWeights;
  /** Replaces the weights (shapes already checked by the caller). Optimiser state is kept. */
  setWeights(weights: NetworkWeights): void;
  /** Sets up fresh state for `optimiser`: the next update is t = 1 with zero moments. */
  resetOptimiser(optimiser: Optimiser): void;
  /** Blocks that stay constant (the training set, the evaluation sets): tfjs keeps them as tensors. */
  setResidentBlocks(blocks: DataBlock[]): void;
  /**
   * One update on `batch`, with dropout masks for the hidden layers or null. `measure` asks for
   * this update's objective and gradient norms (a session needs only the last update's before
   * a snapshot; the norms cost tfjs two kernels per layer). Divergence is checked either way.
   */
  update(batch: DataBlock, masks: DropoutMasks | null, settings: UpdateSettings, measure: boolean): UpdateOutcome;
  /** ∂(L + (λ/2)Σ‖W‖²)/∂θ on `batch` without updating: weights hold ∂/∂W, bias ∂/∂b. */
  gradients(batch: DataBlock, masks: DropoutMasks | null, loss: LossKind, l2: number): { objective: number; gradients: NetworkWeights };
  /** The data loss L (no L2 term) on `block` and the outputs ŷ (count × outputSize). */
  evaluate(block: DataBlock, loss: LossKind): { loss: number; outputs: Float32Array };
  /** h_l for l = 1 … L−1 (after f_l) and the logits z_L (before the head), each count × units. */
  activations(inputs: Float32Array, count: number): Float32Array[];
  /** ŷ = g(z_L), count × outputSize. */
  predict(inputs: Float32Array, count: number): Float32Array;
  /** Frees whatever the engine holds (tensors); the engine is unusable afterwards. */
  dispose(): void;
}
