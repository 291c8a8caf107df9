/**
 * The forward pass on typed arrays: for l = 1 … L, z_l = h_{l−1} W_l + b_l and
 * h_l = f_l(z_l) ⊙ m_l (m_l the dropout mask, hidden layers only); the logits are z_L.
 */
import type { DropoutMasks } from '../dropout';
import { multiplyLayer } from './layerProduct';
import type { TypedLayer, Workspace } from './network';

/**
 * z = X W + b for `count` rows of X (count × in), into `preactivations` (count × units); the
 * product is rounded before b is added, as tfjs's separate matMul and add kernels round.
 */
export function computePreactivations(
  layer: TypedLayer,
  inputs: Float32Array,
  count: number,
  workspace: Workspace,
  preactivations: Float32Array,
): void {
  const bias = layer.bias ?? workspace.zeros;
  multiplyLayer(inputs, count, layer.inputSize, layer.weights, layer.units, bias, preactivations);
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
    const size = count * layer.units;
    const preactivations = workspace.preactivations[index];
    const activations = workspace.activations[index];
    computePreactivations(layer, current, count, workspace, preactivations);
    layer.activation.apply(preactivations, activations, size);
    current = activations;
    const mask = masks ? masks[index] : null;
    if (mask === null) continue;
    // h = f(z) ⊙ m into `outputs`, keeping f(z) in `activations` for f′.
    const outputs = workspace.outputs[index];
    for (let entry = 0; entry < size; entry++) outputs[entry] = activations[entry] * mask[entry];
    current = outputs;
  }
  computePreactivations(layers[last], current, count, workspace, workspace.preactivations[last]);
  return workspace.preactivations[last];
}
