/**
 * Back-propagation on typed arrays. Given δ_L = ∂L/∂z_L (from the loss), for l = L … 1:
 *
 *   ∂L/∂W_l = h_{l−1}ᵀ δ_l + λ·W_l,   ∂L/∂b_l = Σ_rows δ_l,
 *   δ_{l−1} = (δ_l W_lᵀ) ⊙ m_{l−1} ⊙ f′_{l−1}(z_{l−1})
 *
 * Sums run in order, in float64, and are rounded once when stored, as tfjs's matMul does.
 */
import type { DropoutMasks } from '../dropout';
import { multiplyDelta, multiplyGradient } from './backwardProducts';
import type { TypedLayer, Workspace } from './network';

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
  const { inputSize, units, weights } = layer;
  const squares = multiplyGradient(inputs, count, inputSize, delta, units, l2, weights, layer.weightParameter.gradient);
  const biasGradient = layer.biasParameter?.gradient;
  if (biasGradient) sumColumns(delta, count, units, biasGradient);
  return squares;
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
  const previousDelta = workspace.deltas[previousIndex];
  multiplyDelta(workspace.deltas[previousIndex + 1], count, units, weights, inputSize, mask, previousDelta);
  const { preactivations, activations } = workspace;
  previous.activation.scaleByDerivative(preactivations[previousIndex], activations[previousIndex], previousDelta, count * inputSize);
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
    const squares = accumulateGradients(layers[index], below, workspace.deltas[index], count, l2);
    gradientNorms[index] = Math.sqrt(squares);
    if (index === 0) break;
    const mask = masks ? masks[index - 1] : null;
    propagateDelta(layers[index], layers[index - 1], count, workspace, index - 1, mask);
  }
}
