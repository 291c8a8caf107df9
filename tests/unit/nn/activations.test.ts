import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, GELU_CUBIC, GELU_SCALE, LEAKY_RELU_SLOPE, logistic, tanhFloat32 } from '@/lib/nn/activations';
import type { Activation } from '@/lib/nn/spec';

const names = Object.keys(ACTIVATIONS) as Activation[];
const points = Array.from({ length: 81 }, (_, index) => -4 + index * 0.1 + 0.013);

describe('ACTIVATIONS[name]', () => {
  for (const name of names) {
    it(`${name}.derivative(z, f(z)) matches central differences of ${name}.output`, () => {
      const { output, derivative } = ACTIVATIONS[name];
      const step = 1e-5;
      for (const z of points) {
        // Central differences of the exact function (Math.tanh for tanh, whose fast version is float32-exact only).
        const exact = name === 'tanh' ? Math.tanh : output;
        const numeric = (exact(z + step) - exact(z - step)) / (2 * step);
        expect(derivative(z, output(z))).toBeCloseTo(numeric, 6);
      }
    });
  }

  it('relu and leakyRelu are z for z > 0 and 0 or 0.01·z below, with derivative 0 or 0.01 at 0', () => {
    expect(ACTIVATIONS.relu.output(-2)).toBe(0);
    expect(ACTIVATIONS.relu.output(3)).toBe(3);
    expect(ACTIVATIONS.leakyRelu.output(-2)).toBe(-2 * LEAKY_RELU_SLOPE);
    expect(LEAKY_RELU_SLOPE).toBe(0.01);
    expect(ACTIVATIONS.relu.derivative(0, 0)).toBe(0);
    expect(ACTIVATIONS.leakyRelu.derivative(0, 0)).toBe(0.01);
  });

  it('gelu is the tanh approximation ½z(1 + tanh(√(2/π)(z + 0.044715z³)))', () => {
    expect(GELU_SCALE).toBeCloseTo(0.7978845608, 9);
    expect(GELU_CUBIC).toBe(0.044715);
    expect(ACTIVATIONS.gelu.output(1)).toBeCloseTo(0.841192, 6);
    expect(ACTIVATIONS.gelu.output(0)).toBe(0);
  });
});

describe('tanhFloat32(z)', () => {
  it('is within one float32 ulp (6e-8) of Math.tanh, odd, 0 at 0 and inside (−1, 1)', () => {
    let worst = 0;
    for (let z = -20; z <= 20; z += 1 / 512) {
      worst = Math.max(worst, Math.abs(Math.fround(tanhFloat32(z)) - Math.fround(Math.tanh(z))));
      expect(tanhFloat32(-z)).toBe(-tanhFloat32(z));
      expect(Math.abs(tanhFloat32(z))).toBeLessThan(1);
    }
    expect(worst).toBeLessThanOrEqual(6e-8);
    expect(tanhFloat32(0)).toBe(0);
    expect(Number.isNaN(tanhFloat32(Number.NaN))).toBe(true);
  });
});

describe('logistic(z)', () => {
  it('is 1/2 at 0 and saturates to exactly 0 and 1 without NaN', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(-1000)).toBe(0);
    expect(logistic(1000)).toBe(1);
  });
});
