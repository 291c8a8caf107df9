import { describe, expect, it } from 'vitest';
import { binomial, makeSawtooth, maxRegionsDeep, maxRegionsOneLayer, sawtoothPieces } from '@/lib/analysis/regionBounds';
import { linearRegionsOnInterval } from '@/lib/analysis/linearRegions1d';
import { countLinearRegions2d } from '@/lib/analysis/linearRegions2d';
import { makeRandom } from '@/lib/random';
import type { LayerWeights } from '@/lib/nn/spec';
import { evaluateReluNetwork } from '@/lib/analysis/reluNetwork';

describe('regionBounds', () => {
  it('binomial(n, k) gives Pascal’s triangle and 0 outside it', () => {
    expect([0, 1, 2, 3, 4].map((k) => binomial(4, k))).toEqual([1, 4, 6, 4, 1]);
    expect(binomial(8, 2)).toBe(28);
    expect(binomial(3, 5)).toBe(0);
    expect(binomial(3, -1)).toBe(0);
    expect(binomial(30, 15)).toBe(155117520);
  });

  it('maxRegionsOneLayer(n, d) sums C(n, j) for j ≤ d', () => {
    expect(maxRegionsOneLayer(8, 2)).toBe(37);
    expect(maxRegionsOneLayer(3, 2)).toBe(7);
    expect(maxRegionsOneLayer(5, 1)).toBe(6);
    expect(maxRegionsOneLayer(4, 4)).toBe(16);
    expect(maxRegionsOneLayer(4, 10)).toBe(16);
    expect(maxRegionsOneLayer(0, 2)).toBe(1);
  });

  it('sawtoothPieces(k) is 2^k', () => {
    expect([1, 2, 3, 10].map(sawtoothPieces)).toEqual([2, 4, 8, 1024]);
  });

  it('makeSawtooth(k) computes the k-fold tent map', () => {
    const tent = (z: number) => (z < 0.5 ? 2 * z : 2 - 2 * z);
    for (const k of [1, 2, 3, 5]) {
      const layers = makeSawtooth(k);
      expect(layers).toHaveLength(k + 1);
      for (const x of [0, 0.1, 0.3, 0.37, 0.5, 0.77, 1]) {
        let expected = x;
        for (let index = 0; index < k; index++) expected = tent(expected);
        expect(evaluateReluNetwork(layers, [x])[0]).toBeCloseTo(expected, 6);
      }
    }
  });

  it('maxRegionsDeep(widths, d) multiplies the one-layer maxima, at the rank left after each layer', () => {
    expect(maxRegionsDeep([5, 5, 5, 5], 1)).toBe(6 ** 4);
    expect(maxRegionsDeep([5, 5, 5, 5], 2)).toBe(16 ** 4);
    expect(maxRegionsDeep([32], 1)).toBe(maxRegionsOneLayer(32, 1));
    expect(maxRegionsDeep([32], 2)).toBe(maxRegionsOneLayer(32, 2));
    // A one-unit layer leaves rank 1: the layers after it count as on a line.
    expect(maxRegionsDeep([4, 1, 4], 2)).toBe(11 * 2 * 5);
    expect(maxRegionsDeep([2, 2, 2], 1)).toBe(27);
    expect(maxRegionsDeep([], 3)).toBe(1);
  });

  it('random deep nets never exceed maxRegionsDeep, and the sawtooth sits below it', () => {
    const random = makeRandom(5);
    const layer = (inputSize: number, units: number): LayerWeights => ({
      inputSize, units,
      weights: Float32Array.from({ length: inputSize * units }, () => random.normal() * 1.5),
      bias: Float32Array.from({ length: units }, () => random.normal()),
    });
    for (let trial = 0; trial < 20; trial++) {
      const widths = [3, 3, 3];
      for (const d of [1, 2]) {
        const layers = [layer(d, 3), layer(3, 3), layer(3, 3), layer(3, 1)];
        const box = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 };
        const count = d === 1 ? linearRegionsOnInterval(layers, -3, 3).count : countLinearRegions2d(layers, box);
        expect(count).toBeLessThanOrEqual(maxRegionsDeep(widths, d));
      }
    }
    for (const k of [1, 4, 8]) expect(sawtoothPieces(k)).toBeLessThanOrEqual(maxRegionsDeep(Array(k).fill(2), 1));
  });
});
