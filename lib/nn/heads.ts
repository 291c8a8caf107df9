/**
 * Output heads ŷ = g(z) applied row by row to the logits z (count × units, row-major), and the
 * backward step ∂L/∂z = J_g(z)ᵀ·∂L/∂ŷ that mean squared error needs (cross-entropy skips it:
 * its gradient with respect to the logits is simply ŷ − y).
 */
import { logistic } from './activations';
import type { Head } from './spec';

/** ŷ = g(z) for every row: σ(z) elementwise, softmax per row, or z itself. */
export function applyHead(
  head: Head,
  logits: ArrayLike<number>,
  outputs: Float32Array,
  count: number,
  units: number,
): void {
  const size = count * units;
  if (head === 'softmax') {
    for (let row = 0; row < count; row++) softmaxRow(logits, outputs, row * units, units);
  } else if (head === 'sigmoid') {
    for (let index = 0; index < size; index++) outputs[index] = logistic(logits[index]);
  } else {
    for (let index = 0; index < size; index++) outputs[index] = logits[index];
  }
}

/** softmax(z)_j = e^{z_j − m} / Σ_k e^{z_k − m} with m = max_k z_k, so nothing overflows. */
function softmaxRow(logits: ArrayLike<number>, outputs: Float32Array, start: number, units: number): void {
  let largest = -Infinity;
  for (let unit = 0; unit < units; unit++) largest = Math.max(largest, logits[start + unit]);
  let total = 0;
  for (let unit = 0; unit < units; unit++) total += Math.exp(logits[start + unit] - largest);
  for (let unit = 0; unit < units; unit++) {
    outputs[start + unit] = Math.exp(logits[start + unit] - largest) / total;
  }
}

/**
 * Turns ∂L/∂ŷ (in `gradient`) into ∂L/∂z in place, given ŷ: identity for linear,
 * ·ŷ(1 − ŷ) for sigmoid, ŷ_j·(g_j − Σ_k g_k ŷ_k) for softmax.
 */
export function backpropagateHead(
  head: Head,
  outputs: ArrayLike<number>,
  gradient: Float32Array,
  count: number,
  units: number,
): void {
  if (head === 'sigmoid') {
    for (let index = 0; index < count * units; index++) {
      const output = outputs[index];
      gradient[index] = gradient[index] * output * (1 - output);
    }
  } else if (head === 'softmax') {
    for (let row = 0; row < count; row++) {
      const start = row * units;
      let weighted = 0;
      for (let unit = 0; unit < units; unit++) weighted += gradient[start + unit] * outputs[start + unit];
      for (let unit = 0; unit < units; unit++) {
        gradient[start + unit] = outputs[start + unit] * (gradient[start + unit] - weighted);
      }
    }
  }
}
