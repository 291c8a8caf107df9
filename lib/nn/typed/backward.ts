/**
 * Back-propagation on typed arrays. Given δ_L = ∂L/∂z_L (from the loss), for l = L … 1:
 *
 *   ∂L/∂W_l = h_{l−1}ᵀ δ_l + λ·W_l,   ∂L/∂b_l = Σ_rows δ_l,
 *   δ_{l−1} = (δ_l W_lᵀ) ⊙ m_{l−1} ⊙ f′_{l−1}(z_{l−1})
 *
 * Sums run in order, in float64, and are rounded once when stored, as tfjs's matMul does.
 */
import type { DropoutMasks } from '../dropout';
import { dot, dotFour } from './dot';
import type { TypedLayer, Workspace } from './network';

const sums = new Float64Array(4);

/**
 * ∂L/∂W = Xᵀ δ + λW and ∂L/∂b = Σ_rows δ, into the layer's gradient arrays.
 * Returns ‖∂L/∂W‖², summed on the way rather than in another pass.
 */
export function accumulateGradients(
  layer: TypedLayer,
  inputs: Float32Array,
  delta: Float32Array,
  count: number,
  l2: number,
): number {
  const { inputSize, units } = layer;
  let squares = 0;
  for (let input = 0; input < inputSize; input++) {
    // Four units at a time share each load of the input column; the last few go one by one.
    for (let unit = 0; unit < units; ) {
      const block = unit + 3 < units ? 4 : 1;
      if (block === 4) dotFour(inputs, input, inputSize, delta, unit, units, 1, count, sums);
      else sums[0] = dot(inputs, input, inputSize, delta, unit, units, count);
      for (let q = 0; q < block; q++) squares += storeGradient(layer, input * units + unit + q, sums[q], l2);
      unit += block;
    }
  }
  const biasGradient = layer.biasParameter?.gradient;
  if (biasGradient) sumColumns(delta, count, units, biasGradient);
  return squares;
}

/** Stores ∂L/∂W_i = sum + λW_i (rounded as tfjs's separate kernels round) and returns its square. */
function storeGradient(layer: TypedLayer, index: number, sum: number, l2: number): number {
  const stored = Math.fround(l2 === 0 ? sum : Math.fround(sum) + l2 * layer.weights[index]);
  layer.weightParameter.gradient[index] = stored;
  return stored * stored;
}

/** out_j = Σ_rows values_ij, summed in float64 and rounded once. */
function sumColumns(values: Float32Array, count: number, units: number, out: Float32Array): void {
  for (let unit = 0; unit < units; unit++) {
    let sum = 0;
    for (let index = unit; index < count * units; index += units) sum += values[index];
    out[unit] = sum;
  }
}

/** δ_{l−1} = (δ_l W_lᵀ) ⊙ m_{l−1} ⊙ f′(z_{l−1}), written into workspace.deltas[l−2]. */
export function propagateDelta(
  layer: TypedLayer,
  previous: TypedLayer,
  count: number,
  workspace: Workspace,
  previousIndex: number,
  mask: Float32Array | null,
): void {
  const { inputSize, units, weights } = layer;
  const delta = workspace.deltas[previousIndex + 1];
  const preactivations = workspace.preactivations[previousIndex];
  const activations = workspace.activations[previousIndex];
  const previousDelta = workspace.deltas[previousIndex];
  const derivative = previous.activation.derivative;
  for (let row = 0; row < count; row++) {
    // Four inputs at a time share each load of the row of δ; the last few go one by one.
    for (let input = 0; input < inputSize; ) {
      const block = input + 3 < inputSize ? 4 : 1;
      if (block === 4) dotFour(delta, row * units, 1, weights, input * units, 1, units, units, sums);
      else sums[0] = dot(delta, row * units, 1, weights, input * units, 1, units);
      for (let q = 0; q < block; q++) {
        const index = row * inputSize + input + q;
        const masked = mask === null ? Math.fround(sums[q]) : Math.fround(Math.fround(sums[q]) * mask[index]);
        previousDelta[index] = masked * derivative(preactivations[index], activations[index]);
      }
      input += block;
    }
  }
}

/**
 * Fills every layer's gradients, given X and δ_L already in workspace.deltas[L−1], and
 * ‖∂L/∂W_l‖ into `gradientNorms`.
 */
export function backwardPass(
  layers: TypedLayer[],
  inputs: Float32Array,
  count: number,
  workspace: Workspace,
  masks: DropoutMasks | null,
  l2: number,
  gradientNorms: Float64Array,
): void {
  for (let index = layers.length - 1; index >= 0; index--) {
    // h_{l−1}: the masked outputs under dropout, else f(z_{l−1}) itself (see forwardPass).
    const below = index === 0 ? inputs : masks ? workspace.outputs[index - 1] : workspace.activations[index - 1];
    gradientNorms[index] = Math.sqrt(accumulateGradients(layers[index], below, workspace.deltas[index], count, l2));
    if (index === 0) break;
    const mask = masks ? masks[index - 1] : null;
    propagateDelta(layers[index], layers[index - 1], count, workspace, index - 1, mask);
  }
}
