import { describe, expect, it } from 'vitest';
import { evaluateShallow, hingePosition, isShallowNetwork, measureFitError, unitContribution } from '@/lib/analysis/shallowNetwork';
import { evaluateReluNetwork } from '@/lib/analysis/reluNetwork';
import type { NetworkWeights } from '@/lib/nn/spec';

/** N(x) = 0.5 + 2·ReLU(x − 0.25) − 1·ReLU(−2x + 1). */
const net: NetworkWeights = [
  { inputSize: 1, units: 2, weights: Float32Array.of(1, -2), bias: Float32Array.of(-0.25, 1) },
  { inputSize: 2, units: 1, weights: Float32Array.of(2, -1), bias: Float32Array.of(0.5) },
];

describe('a shallow network read as hinges', () => {
  it('isShallowNetwork checks the shape (one hidden layer, one input, one output)', () => {
    expect(isShallowNetwork(net)).toBe(true);
    expect(isShallowNetwork(net, 2)).toBe(true);
    expect(isShallowNetwork(net, 3)).toBe(false);
    expect(isShallowNetwork(undefined)).toBe(false);
    expect(isShallowNetwork([net[0], net[1], net[1]])).toBe(false);
  });

  it('evaluateShallow(x) is the output bias plus the units’ contributions, and agrees with evaluateReluNetwork', () => {
    for (const x of [-1, -0.3, 0.25, 0.5, 0.9]) {
      const sum = 0.5 + unitContribution(net, 0, x) + unitContribution(net, 1, x);
      expect(evaluateShallow(net, x)).toBeCloseTo(sum, 12);
      expect(evaluateShallow(net, x)).toBeCloseTo(evaluateReluNetwork(net, [x])[0], 6);
    }
    expect(unitContribution(net, 0, 0)).toBe(0);
    expect(unitContribution(net, 0, 1)).toBeCloseTo(1.5, 6);
    expect(unitContribution(net, 1, 0)).toBeCloseTo(-1, 6);
  });

  it('hingePosition(i) is −b_i / w_i, and null for a unit with no slope', () => {
    expect(hingePosition(net, 0)).toBeCloseTo(0.25, 6);
    expect(hingePosition(net, 1)).toBeCloseTo(0.5, 6);
    const flat: NetworkWeights = [{ ...net[0], weights: Float32Array.of(0, 1) }, net[1]];
    expect(hingePosition(flat, 0)).toBeNull();
  });
});

describe('measureFitError(g, f, low, high)', () => {
  it('finds the largest gap and the root-mean-square gap on the grid', () => {
    const { maxError, rmsError } = measureFitError((x) => x, () => 0, -1, 1, 2001);
    expect(maxError).toBe(1);
    expect(rmsError).toBeCloseTo(Math.sqrt(1 / 3), 3);
  });

  it('is 0 for identical functions', () => {
    expect(measureFitError(Math.sin, Math.sin, -1, 1)).toEqual({ maxError: 0, rmsError: 0 });
  });
});
