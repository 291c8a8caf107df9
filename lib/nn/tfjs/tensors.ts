/**
 * Moving numbers between typed arrays and tensors for the tfjs engine.
 */
import * as tf from '@tensorflow/tfjs';
import type { DataBlock } from '../dataBlock';
import type { NetworkWeights } from '../spec';
import type { TensorLayer } from './operations';

/** X and Y of a block as tensors. */
export interface BlockTensors {
  inputs: tf.Tensor2D;
  targets: tf.Tensor2D;
}

/** A trainable variable of zeros (the initial tensor is disposed: the variable holds the data). */
export function makeVariable(shape: number[]): tf.Variable {
  const initial = tf.zeros(shape);
  const variable = tf.variable(initial, true);
  initial.dispose();
  return variable;
}

/** X (count × d) and Y (count × k) of `block` as new tensors. */
export function createBlockTensors(block: DataBlock): BlockTensors {
  const units = block.targets.length / Math.max(1, block.count);
  return {
    inputs: tf.tensor2d(block.inputs, [block.count, block.inputSize]),
    targets: tf.tensor2d(block.targets, [block.count, units]),
  };
}

/** Copies of the values of `tensors` (dataSync may hand out the backend's own array). */
export function readArrays(tensors: tf.Tensor[]): Float32Array[] {
  return tensors.map((tensor) => new Float32Array(tensor.dataSync() as Float32Array));
}

/** Pairs flat arrays (W_1, b_1?, W_2, …) back into layers. */
export function toNetworkWeights(layers: TensorLayer[], values: Float32Array[]): NetworkWeights {
  let next = 0;
  return layers.map((layer) => ({
    inputSize: layer.shape.inputSize,
    units: layer.shape.units,
    weights: values[next++],
    bias: layer.bias ? values[next++] : null,
  }));
}
