/**
 * The collapse of a stack of layers without nonlinearities into one. Layer l computes
 * h_l = h_{l−1} W_l + b_l, so by associativity the stack computes
 *
 *   x ↦ x·C + c,  C = W_1 W_2 ⋯ W_n,  c = (⋯((b_1 W_2 + b_2) W_3 + b_3) ⋯) W_n + b_n,
 *
 * one weight matrix and one bias, whatever the depth.
 */
import type { NetworkWeights } from '../nn/spec';
import { multiplyMatrices } from './rank';

/** x ↦ x·C + c, with C row-major (inputSize × outputSize). */
export interface AffineCollapse {
  inputSize: number;
  outputSize: number;
  matrix: Float64Array;
  bias: Float64Array;
}

/** C = W_1⋯W_n and the combined bias c of a stack of linear layers (missing biases count as 0). */
export function collapseLinearStack(layers: NetworkWeights): AffineCollapse {
  if (layers.length === 0) throw new Error('collapseLinearStack needs at least one layer');
  let matrix: Float64Array = Float64Array.from(layers[0].weights);
  let bias: Float64Array = layers[0].bias ? Float64Array.from(layers[0].bias) : new Float64Array(layers[0].units);
  const inputSize = layers[0].inputSize;
  for (const layer of layers.slice(1)) {
    matrix = multiplyMatrices(matrix, layer.weights, inputSize, layer.inputSize, layer.units);
    bias = multiplyMatrices(bias, layer.weights, 1, layer.inputSize, layer.units);
    if (layer.bias) for (let unit = 0; unit < layer.units; unit++) bias[unit] += layer.bias[unit];
  }
  return { inputSize, outputSize: layers[layers.length - 1].units, matrix, bias };
}

/** x·C + c for count inputs (row-major count × inputSize); count × outputSize outputs. */
export function applyCollapse(collapse: AffineCollapse, inputs: ArrayLike<number>, count: number): Float64Array {
  const outputs = multiplyMatrices(inputs, collapse.matrix, count, collapse.inputSize, collapse.outputSize);
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < collapse.outputSize; column++) outputs[row * collapse.outputSize + column] += collapse.bias[column];
  }
  return outputs;
}

/** max_i |a_i − b_i| over two equally long arrays (0 for empty ones). */
export function maxAbsoluteDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`maxAbsoluteDifference: lengths ${a.length} and ${b.length} differ`);
  let largest = 0;
  for (let index = 0; index < a.length; index++) largest = Math.max(largest, Math.abs(a[index] - b[index]));
  return largest;
}
