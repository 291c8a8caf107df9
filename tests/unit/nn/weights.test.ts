import { describe, expect, it } from 'vitest';
import { describeLayers } from '@/lib/nn/layers';
import {
  areWeightsFinite,
  assertWeightsMatch,
  cloneWeights,
  euclideanNorm,
  FLOAT32_MAX,
  isFiniteFloat32,
  replaceNonFinite,
} from '@/lib/nn/weights';
import { makeSpec } from './fixtures';

const layer = () => ({ inputSize: 2, units: 1, weights: new Float32Array([3, 4]), bias: new Float32Array([1]) });

describe('weights helpers', () => {
  it('cloneWeights copies every array', () => {
    const original = [layer()];
    const copy = cloneWeights(original);
    copy[0].weights[0] = 9;
    expect(original[0].weights[0]).toBe(3);
    expect(copy[0].bias).not.toBe(original[0].bias);
  });

  it('assertWeightsMatch checks layer count, shapes and biases', () => {
    const layers = describeLayers(makeSpec(2, [], 1, 'relu', 'sigmoid'));
    expect(() => assertWeightsMatch(layers, [layer()])).not.toThrow();
    expect(() => assertWeightsMatch(layers, [{ ...layer(), bias: null }])).toThrow();
    expect(() => assertWeightsMatch(layers, [{ ...layer(), weights: new Float32Array(3) }])).toThrow();
    expect(() => assertWeightsMatch(layers, [])).toThrow();
  });

  it('isFiniteFloat32, areWeightsFinite and euclideanNorm', () => {
    expect(isFiniteFloat32(FLOAT32_MAX)).toBe(true);
    expect(isFiniteFloat32(1e39)).toBe(false);
    expect(isFiniteFloat32(Number.NaN)).toBe(false);
    expect(areWeightsFinite([layer()])).toBe(true);
    expect(areWeightsFinite([{ ...layer(), bias: new Float32Array([Infinity]) }])).toBe(false);
    expect(euclideanNorm(new Float32Array([3, 4]))).toBe(5);
  });

  it('replaceNonFinite turns NaN into 0 and ±∞ into ±FLOAT32_MAX', () => {
    const values = new Float32Array([1, Number.NaN, Infinity, -Infinity]);
    expect(replaceNonFinite(values)).toBe(true);
    expect(Array.from(values)).toEqual([1, 0, FLOAT32_MAX, -FLOAT32_MAX]);
    expect(replaceNonFinite(values)).toBe(false);
  });
});
