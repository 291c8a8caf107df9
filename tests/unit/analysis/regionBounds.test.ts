import { describe, expect, it } from 'vitest';
import { binomial, makeSawtooth, maxRegionsOneLayer, sawtoothPieces } from '@/lib/analysis/regionBounds';
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
});
