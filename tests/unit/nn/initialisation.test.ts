import { describe, expect, it } from 'vitest';
import { initialiseWeights } from '@/lib/nn/initialisation';
import { makeRandom } from '@/lib/random';
import { makeSpec } from './fixtures';

function standardDeviation(values: Float32Array): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}

describe('initialiseWeights(spec, random)', () => {
  it('glorot draws uniformly within ±√(6/(in + out)) and sets biases to 0', () => {
    const weights = initialiseWeights(makeSpec(100, [50], 1, 'tanh', 'sigmoid'), makeRandom(1));
    const limit = Math.sqrt(6 / 150);
    expect(weights[0].weights.every((value) => Math.abs(value) <= limit)).toBe(true);
    expect(Math.max(...weights[0].weights)).toBeGreaterThan(0.95 * limit);
    expect(weights[0].bias?.every((value) => value === 0)).toBe(true);
  });

  it('he draws N(0, 2/in) and scaled draws N(0, s²)', () => {
    const he = initialiseWeights(makeSpec(200, [100], 1, 'relu', 'sigmoid', { initialisation: 'he' }), makeRandom(2));
    expect(standardDeviation(he[0].weights)).toBeCloseTo(Math.sqrt(2 / 200), 2);
    const scaled = initialiseWeights(makeSpec(200, [100], 1, 'relu', 'sigmoid', { initialisation: 'scaled', initScale: 0.3 }), makeRandom(3));
    expect(standardDeviation(scaled[0].weights)).toBeCloseTo(0.3, 2);
  });

  it('gives null biases to layers without bias, and the same weights for the same seed', () => {
    const spec = makeSpec(3, [4], 2, 'relu', 'softmax', { outputBias: false });
    const first = initialiseWeights(spec, makeRandom(7));
    expect(first[1].bias).toBeNull();
    expect(initialiseWeights(spec, makeRandom(7))).toEqual(first);
    expect(initialiseWeights(spec, makeRandom(8))).not.toEqual(first);
  });

  it('draws biases N(0, biasScale²) only when asked, leaving the weights of other specs unchanged', () => {
    const plain = makeSpec(50, [400, 30], 1, 'relu', 'linear', { initialisation: 'he' });
    const random = initialiseWeights({ ...plain, biasScale: 0.5 }, makeRandom(4));
    expect(standardDeviation(random[0].bias as Float32Array)).toBeCloseTo(0.5, 1);
    expect(random[0].weights).toEqual(initialiseWeights(plain, makeRandom(4))[0].weights);
    expect(initialiseWeights({ ...plain, biasScale: 0 }, makeRandom(4))).toEqual(initialiseWeights(plain, makeRandom(4)));
  });
});
