/**
 * Losses averaged over the n samples of a batch, each computed from the logits z so that
 * cross-entropy stays finite however confident the network is, and the L2 penalty.
 *
 *   binary cross-entropy (sigmoid head):        ℓ = max(z, 0) − z·y + log(1 + e^{−|z|}),  ∂ℓ/∂z = σ(z) − y
 *   categorical cross-entropy (softmax head):   ℓ = logΣ_k e^{z_k} − Σ_j y_j z_j,        ∂ℓ/∂z = softmax(z) − y
 *   mean squared error (any head):              L = (1/(n·k)) Σ (ŷ − y)²,                ∂L/∂ŷ = 2(ŷ − y)/(n·k)
 *
 * Cross-entropy sums over the k outputs and averages over samples; mean squared error
 * averages over both (as Keras does). Targets y of categorical cross-entropy are one-hot rows
 * (or any rows that sum to 1).
 */
import { backpropagateHead } from './heads';
import type { Loss } from './session.types';
import type { Head, NetworkWeights } from './spec';

/** The loss actually computed, once the head is known. */
export type LossKind = 'binaryCrossEntropy' | 'categoricalCrossEntropy' | 'meanSquaredError';

/** Cross-entropy is binary with a sigmoid head, categorical with softmax; throws with a linear head. */
export function resolveLoss(loss: Loss, head: Head): LossKind {
  if (loss === 'meanSquaredError') return 'meanSquaredError';
  if (head === 'sigmoid') return 'binaryCrossEntropy';
  if (head === 'softmax') return 'categoricalCrossEntropy';
  throw new Error('Cross-entropy needs a sigmoid or softmax head, not a linear one.');
}

/** The arrays a loss reads and writes; all row-major count × units. */
export interface LossBuffers {
  logits: ArrayLike<number>;
  /** ŷ = g(z), the head's outputs, already computed. */
  outputs: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** Receives ∂L/∂z when given. */
  gradient: Float32Array | null;
}

/** L for the batch, averaged over `count` samples; writes ∂L/∂z into buffers.gradient if given. */
export function computeLoss(kind: LossKind, head: Head, buffers: LossBuffers, count: number, units: number): number {
  const value = LOSSES[kind](buffers, count, units);
  // Mean squared error's gradient is ∂L/∂ŷ; the head's Jacobian turns it into ∂L/∂z.
  if (kind === 'meanSquaredError' && buffers.gradient) {
    backpropagateHead(head, buffers.outputs, buffers.gradient, count, units);
  }
  return value;
}

function binaryCrossEntropy({ logits, outputs, targets, gradient }: LossBuffers, count: number, units: number): number {
  let total = 0;
  for (let index = 0; index < count * units; index++) {
    const logit = logits[index];
    const target = targets[index];
    total += (logit > 0 ? logit : 0) - logit * target + Math.log1p(Math.exp(-Math.abs(logit)));
    if (gradient) gradient[index] = (outputs[index] - target) / count;
  }
  return total / count;
}

function categoricalCrossEntropy({ logits, outputs, targets, gradient }: LossBuffers, count: number, units: number): number {
  let total = 0;
  for (let row = 0; row < count; row++) {
    const start = row * units;
    let largest = -Infinity;
    for (let unit = 0; unit < units; unit++) largest = Math.max(largest, logits[start + unit]);
    let exponentials = 0;
    for (let unit = 0; unit < units; unit++) exponentials += Math.exp(logits[start + unit] - largest);
    const logSumExp = largest + Math.log(exponentials);
    for (let unit = 0; unit < units; unit++) {
      const index = start + unit;
      total += targets[index] * (logSumExp - logits[index]);
      if (gradient) gradient[index] = (outputs[index] - targets[index]) / count;
    }
  }
  return total / count;
}

function meanSquaredError({ outputs, targets, gradient }: LossBuffers, count: number, units: number): number {
  const size = count * units;
  let total = 0;
  for (let index = 0; index < size; index++) {
    const error = outputs[index] - targets[index];
    total += error * error;
    if (gradient) gradient[index] = (2 * error) / size;
  }
  return total / size;
}

/**
 * Whether a cross-entropy L is certainly finite (below about 1e31) without computing it: each
 * sample's loss is at most (1 + Σ_j |y_j|)·max_j |z_j| + log k, so logits within ±1e20, targets
 * within ±1e6 and fewer than 10⁴ outputs keep L far below FLOAT32_MAX. False means "compute L"
 * (always for mean squared error, whose value costs no more than this test).
 */
export function isLossSurelyFinite(kind: LossKind, buffers: LossBuffers, count: number, units: number): boolean {
  if (kind === 'meanSquaredError' || units >= 1e4) return false;
  const { logits, targets } = buffers;
  for (let index = 0; index < count * units; index++) {
    const logit = logits[index];
    const target = targets[index];
    if (!(logit < 1e20 && logit > -1e20 && target < 1e6 && target > -1e6)) return false;
  }
  return true;
}

/** ∂L/∂z = (ŷ − y)/n of either cross-entropy into `buffers.gradient`, as `computeLoss` writes it. */
export function computeCrossEntropyGradient(buffers: LossBuffers, count: number, units: number): void {
  const { outputs, targets, gradient } = buffers;
  if (!gradient) return;
  for (let index = 0; index < count * units; index++) gradient[index] = (outputs[index] - targets[index]) / count;
}

/** Each loss: its value, and its gradient (∂L/∂z for cross-entropy, ∂L/∂ŷ for MSE) when asked. */
const LOSSES: Record<LossKind, (buffers: LossBuffers, count: number, units: number) => number> = {
  binaryCrossEntropy,
  categoricalCrossEntropy,
  meanSquaredError,
};

/** The L2 penalty (λ/2)·Σ_l Σ W_l² over weight matrices (biases are not decayed). */
export function l2Penalty(weights: NetworkWeights, lambda: number): number {
  if (lambda === 0) return 0;
  let sum = 0;
  for (let layer = 0; layer < weights.length; layer++) {
    const values = weights[layer].weights;
    for (let index = 0; index < values.length; index++) sum += values[index] * values[index];
  }
  return (lambda / 2) * sum;
}
