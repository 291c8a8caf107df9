/**
 * The forward pass on typed arrays: for l = 1 … L, z_l = h_{l−1} W_l + b_l and
 * h_l = f_l(z_l) ⊙ m_l (m_l the dropout mask, hidden layers only); the logits are z_L.
 */
import type { DropoutMasks } from '../dropout';
import { dot, dotFour } from './dot';
import type { TypedLayer, Workspace } from './network';

const sums = new Float64Array(4);

/** z = X W + b for `count` rows of X (count × in), into `preactivations` (count × units). */
export function computePreactivations(
  layer: TypedLayer,
  inputs: Float32Array,
  count: number,
  preactivations: Float32Array,
): void {
  const { inputSize, units, weights, bias } = layer;
  // Four rows at a time share each load of W's column; the last few go one by one.
  for (let row = 0; row < count; ) {
    const block = row + 3 < count ? 4 : 1;
    for (let unit = 0; unit < units; unit++) {
      if (block === 4) dotFour(weights, unit, units, inputs, row * inputSize, 1, inputSize, inputSize, sums);
      else sums[0] = dot(inputs, row * inputSize, 1, weights, unit, units, inputSize);
      for (let q = 0; q < block; q++) {
        // Round the product before adding b, as tfjs's separate matMul and add kernels do.
        preactivations[(row + q) * units + unit] = bias === null ? sums[q] : Math.fround(sums[q]) + bias[unit];
      }
    }
    row += block;
  }
}

/** h = f(z), then h ⊙ m when a mask is given (into `outputs`, keeping f(z) in `activations`). */
export function activate(
  layer: TypedLayer,
  size: number,
  preactivations: Float32Array,
  activations: Float32Array,
  outputs: Float32Array,
  mask: Float32Array | null,
): void {
  const output = layer.activation.output;
  for (let index = 0; index < size; index++) activations[index] = output(preactivations[index]);
  if (mask === null) return;
  for (let index = 0; index < size; index++) outputs[index] = activations[index] * mask[index];
}

/** Runs every layer on `count` rows of X; the logits z_L end in workspace.preactivations[L−1]. */
export function forwardPass(
  layers: TypedLayer[],
  inputs: Float32Array,
  count: number,
  workspace: Workspace,
  masks: DropoutMasks | null,
): Float32Array {
  let current = inputs;
  const last = layers.length - 1;
  for (let index = 0; index < last; index++) {
    const layer = layers[index];
    const preactivations = workspace.preactivations[index];
    computePreactivations(layer, current, count, preactivations);
    const mask = masks ? masks[index] : null;
    const outputs = mask ? workspace.outputs[index] : workspace.activations[index];
    activate(layer, count * layer.units, preactivations, workspace.activations[index], outputs, mask);
    current = outputs;
  }
  computePreactivations(layers[last], current, count, workspace.preactivations[last]);
  return workspace.preactivations[last];
}
