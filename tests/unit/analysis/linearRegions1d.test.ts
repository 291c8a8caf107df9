import { describe, expect, it } from 'vitest';
import type { LayerWeights } from '@/lib/nn/spec';
import { linearRegionsOnInterval, linearRegionsOnSegment } from '@/lib/analysis/linearRegions1d';
import { makeSawtooth } from '@/lib/analysis/regionBounds';

/** One hidden layer of ReLU units a_u = w_u·x + b_u on a scalar input, summed by the output. */
function oneLayer(weights: number[], biases: number[]): LayerWeights[] {
  const units = weights.length;
  return [
    { inputSize: 1, units, weights: Float32Array.from(weights), bias: Float32Array.from(biases) },
    { inputSize: units, units: 1, weights: new Float32Array(units).fill(1), bias: null },
  ];
}

describe('linearRegionsOnInterval', () => {
  it('linearRegionsOnInterval(one unit, low, high) finds 2 regions split at −b/w', () => {
    const regions = linearRegionsOnInterval(oneLayer([2], [-1]), -1, 1);
    expect(regions.count).toBe(2);
    expect(regions.breakpoints[0]).toBeCloseTo(0.5, 9);
    expect(Array.from(regions.slopes)).toEqual([0, 2]);
  });

  it('linearRegionsOnInterval(n units in general position) finds n + 1 regions', () => {
    const kinks = [-0.8, -0.35, 0.1, 0.2, 0.55, 0.9];
    const weights = kinks.map((_, index) => (index % 2 === 0 ? 1 : -1.5));
    const regions = linearRegionsOnInterval(oneLayer(weights, kinks.map((kink, index) => -weights[index] * kink)), -1, 1);
    expect(regions.count).toBe(kinks.length + 1);
    kinks.forEach((kink, index) => expect(regions.breakpoints[index]).toBeCloseTo(kink, 6));
  });

  it('linearRegionsOnInterval(units whose kinks fall outside) finds 1 region', () => {
    expect(linearRegionsOnInterval(oneLayer([1, -1], [5, 5]), -1, 1).count).toBe(1);
  });

  it('linearRegionsOnInterval(makeSawtooth(k), 0, 1) finds 2^k pieces at the multiples of 2^−k', () => {
    for (let k = 1; k <= 8; k++) {
      const regions = linearRegionsOnInterval(makeSawtooth(k), 0, 1);
      expect(regions.count).toBe(2 ** k);
      regions.breakpoints.forEach((x, index) => expect(x).toBeCloseTo((index + 1) / 2 ** k, 9));
      regions.slopes.forEach((slope, index) => expect(slope).toBeCloseTo((index % 2 === 0 ? 1 : -1) * 2 ** k, 6));
    }
  });

  it('linearRegionsOnInterval(sawtooth, −1, 2) adds the flat parts outside [0, 1]', () => {
    // patterns (0,0) for x < 0, (1,0) on [0, ½], (1,1) beyond ½ (x > 1 keeps (1,1)).
    const regions = linearRegionsOnInterval(makeSawtooth(1), -1, 2);
    expect(regions.count).toBe(3);
  });
});

describe('linearRegionsOnSegment', () => {
  it('linearRegionsOnSegment(layers, start, end) counts crossings along a 2-D segment', () => {
    const layers: LayerWeights[] = [
      { inputSize: 2, units: 3, weights: Float32Array.of(1, 0, 1, 0, 1, 1), bias: Float32Array.of(0, 0, -0.5) },
      { inputSize: 3, units: 1, weights: Float32Array.of(1, 1, 1), bias: null },
    ];
    // along y = x from (−1, −1) to (1, 1): x = 0, y = 0 together, and x + y = 0.5 → 3 regions
    const regions = linearRegionsOnSegment(layers, [-1, -1], [1, 1]);
    expect(regions.count).toBe(3);
    expect(regions.breakpoints[0]).toBeCloseTo(0.5, 9);
    expect(regions.breakpoints[1]).toBeCloseTo(0.625, 9);
  });
});
