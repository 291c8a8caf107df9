/**
 * Claims the articles make about linear regions and factorised matrices, checked by
 * computation rather than quoted.
 */
import { describe, expect, it } from 'vitest';
import type { LayerWeights } from '@/lib/nn/spec';
import { linearRegionsOnInterval } from '@/lib/analysis/linearRegions1d';
import { countLinearRegions2d } from '@/lib/analysis/linearRegions2d';
import { makeSawtooth, maxRegionsOneLayer, sawtoothPieces } from '@/lib/analysis/regionBounds';
import { factorisedParameterCount, multiplyMatrices, numericalRank } from '@/lib/analysis/rank';
import { makeRandom, type Random } from '@/lib/random';

/** One hidden layer of n ReLUs on d inputs, weights and biases N(0, biasScale²), then a sum. */
function randomOneLayer(random: Random, n: number, d: number, biasScale = 1): LayerWeights[] {
  return [
    { inputSize: d, units: n, weights: Float32Array.from({ length: d * n }, () => random.normal()), bias: Float32Array.from({ length: n }, () => biasScale * random.normal()) },
    { inputSize: n, units: 1, weights: new Float32Array(n).fill(1), bias: null },
  ];
}

describe('claims: depth and linear regions', () => {
  it('the k-layer sawtooth (2 ReLUs per layer) has 2^k linear pieces on [0, 1], k = 1 … 10', () => {
    for (let k = 1; k <= 10; k++) {
      expect(linearRegionsOnInterval(makeSawtooth(k), 0, 1).count).toBe(sawtoothPieces(k));
      expect(sawtoothPieces(k)).toBe(2 ** k);
    }
  });

  it('one layer of 2k ReLUs on one input has at most 2k + 1 pieces, far fewer than the sawtooth’s 2^k', () => {
    const random = makeRandom(1);
    for (let k = 2; k <= 10; k++) {
      const pieces = linearRegionsOnInterval(randomOneLayer(random, 2 * k, 1), -3, 3).count;
      expect(pieces).toBeLessThanOrEqual(maxRegionsOneLayer(2 * k, 1));
      expect(maxRegionsOneLayer(2 * k, 1)).toBe(2 * k + 1);
    }
    expect(sawtoothPieces(10)).toBeGreaterThan(maxRegionsOneLayer(20, 1) * 40);
  });

  it('one layer of n ReLUs on d inputs never exceeds Σ_{j≤d} C(n, j) regions (random nets, d = 1, 2)', () => {
    const random = makeRandom(2);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + random.int(10);
      expect(linearRegionsOnInterval(randomOneLayer(random, n, 1), -2, 2).count).toBeLessThanOrEqual(maxRegionsOneLayer(n, 1));
      const box = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };
      expect(countLinearRegions2d(randomOneLayer(random, n, 2), box)).toBeLessThanOrEqual(maxRegionsOneLayer(n, 2));
    }
  });

  it('8 ReLUs on 2 inputs reach the maximum, 37 regions, when every crossing lies in the box', () => {
    expect(maxRegionsOneLayer(8, 2)).toBe(37);
    const layers = randomOneLayer(makeRandom(3), 8, 2, 0.5);
    const { weights, bias } = layers[0];
    // unit u's line: w_{0u}·x + w_{1u}·y + b_u = 0; find every pairwise crossing
    let reach = 1;
    for (let u = 0; u < 8; u++) {
      for (let v = u + 1; v < 8; v++) {
        const determinant = weights[u] * weights[8 + v] - weights[v] * weights[8 + u];
        const x = (-(bias?.[u] ?? 0) * weights[8 + v] + (bias?.[v] ?? 0) * weights[8 + u]) / determinant;
        const y = (-(bias?.[v] ?? 0) * weights[u] + (bias?.[u] ?? 0) * weights[v]) / determinant;
        reach = Math.max(reach, Math.abs(x), Math.abs(y));
      }
    }
    const side = 2 * reach;
    expect(countLinearRegions2d(layers, { xMin: -side, xMax: side, yMin: -side, yMax: side })).toBe(37);
  });
});

describe('claims: a factorised matrix', () => {
  it('100×2 and 2×100 factors hold 400 parameters against 10,000 for the full 100×100 matrix', () => {
    expect(factorisedParameterCount(100, 2, 100)).toBe(400);
    expect(100 * 100).toBe(10_000);
  });

  it('the product of random 100×2 and 2×100 matrices has rank ≤ 2 (and a random 100×100 has rank 100)', () => {
    const random = makeRandom(4);
    const draw = (length: number) => Float64Array.from({ length }, () => random.normal());
    const product = multiplyMatrices(draw(200), draw(200), 100, 2, 100);
    expect(numericalRank(product, 100, 100)).toBeLessThanOrEqual(2);
    expect(numericalRank(product, 100, 100)).toBe(2);
    expect(numericalRank(draw(10_000), 100, 100)).toBe(100);
  });
});
