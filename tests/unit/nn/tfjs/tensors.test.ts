import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createBlockTensors, makeVariable, readArrays, toNetworkWeights } from '@/lib/nn/tfjs/tensors';
import { describeLayers } from '@/lib/nn/layers';
import { makeSpec } from '../fixtures';
import { expectNoTensorLeaks } from '../../../tfjsLeaks';

describe('tfjs tensor helpers', () => {
  expectNoTensorLeaks();

  it('makeVariable leaves one tensor (the variable) and readArrays copies values', () => {
    const start = tf.memory().numTensors;
    const variable = makeVariable([2, 3]);
    expect(tf.memory().numTensors).toBe(start + 1);
    const [values] = readArrays([variable]);
    values[0] = 5;
    expect(variable.dataSync()[0]).toBe(0);
    variable.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('createBlockTensors shapes X and Y; toNetworkWeights pairs W and b per layer', () => {
    const block = { count: 2, inputSize: 3, inputs: new Float32Array(6), targets: new Float32Array(4), labels: new Int32Array(2), resident: true };
    const tensors = createBlockTensors(block);
    expect([tensors.inputs.shape, tensors.targets.shape]).toEqual([[2, 3], [2, 2]]);
    tf.dispose([tensors.inputs, tensors.targets]);
    const layers = describeLayers(makeSpec(3, [2], 1, 'relu', 'sigmoid', { outputBias: false })).map((shape) => ({
      shape,
      bias: shape.useBias ? ({} as tf.Variable<tf.Rank.R1>) : null,
      weights: {} as tf.Variable<tf.Rank.R2>,
    }));
    const arrays = [new Float32Array(6), new Float32Array(2), new Float32Array(2)];
    const weights = toNetworkWeights(layers, arrays);
    expect(weights.map((layer) => [layer.inputSize, layer.units, layer.bias?.length ?? null])).toEqual([[3, 2, 2], [2, 1, null]]);
  });
});
