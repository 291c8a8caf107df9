import { describe, expect, it } from 'vitest';
import type { LayerWeights } from '@/lib/nn/spec';
import { applyLayer, applyPattern, evaluateReluNetwork, hiddenLayers, makeInputMap } from '@/lib/analysis/reluNetwork';

const hidden: LayerWeights = { inputSize: 2, units: 2, weights: Float32Array.of(1, -1, 2, 1), bias: Float32Array.of(0.5, 0) };
const output: LayerWeights = { inputSize: 2, units: 1, weights: Float32Array.of(3, -1), bias: null };

describe('reluNetwork', () => {
  it('evaluateReluNetwork(layers, x) applies ReLU to hidden layers and not to the output', () => {
    // a = (x·[1,−1] + y·[2,1]) + [0.5, 0]; at (1, 1): a = (3.5, 0) → h = (3.5, 0) → y = 10.5
    expect(Array.from(evaluateReluNetwork([hidden, output], [1, 1]))).toEqual([10.5]);
    // at (−1, 0): a = (−0.5, 1) → h = (0, 1) → y = −1 (negative: no ReLU on the output)
    expect(Array.from(evaluateReluNetwork([hidden, output], [-1, 0]))).toEqual([-1]);
  });

  it('applyLayer(map, layer) composes affine maps', () => {
    const input = makeInputMap([1, 2], [[1, 0], [0, 1]]);
    const pre = applyLayer(input, hidden);
    // offset = [1,2]·W + b = [1 + 4 + 0.5, −1 + 2] ; slopes = Wᵀ
    expect(Array.from(pre.offset)).toEqual([5.5, 1]);
    expect(Array.from(pre.slopes)).toEqual([1, 2, -1, 1]);
  });

  it('applyPattern(map, pattern) zeroes inactive units', () => {
    const pre = applyLayer(makeInputMap([0, 0], [[1, 0], [0, 1]]), hidden);
    const after = applyPattern(pre, Uint8Array.of(1, 0));
    expect(Array.from(after.offset)).toEqual([0.5, 0]);
    expect(Array.from(after.slopes)).toEqual([1, 2, 0, 0]);
  });

  it('hiddenLayers(layers) drops the output layer', () => {
    expect(hiddenLayers([hidden, output])).toEqual([hidden]);
    expect(hiddenLayers([])).toEqual([]);
  });
});
