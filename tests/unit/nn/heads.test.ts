import { describe, expect, it } from 'vitest';
import { applyHead, backpropagateHead } from '@/lib/nn/heads';
import type { Head } from '@/lib/nn/spec';

const logits = new Float32Array([0.3, -1.2, 2.0, 1000, 999, -1000]);

describe('applyHead(head, z, ŷ, count, units)', () => {
  it('softmax rows sum to 1 and stay finite for logits of ±1000', () => {
    const outputs = new Float32Array(6);
    applyHead('softmax', logits, outputs, 2, 3);
    expect(outputs[0] + outputs[1] + outputs[2]).toBeCloseTo(1, 6);
    expect(outputs[3] + outputs[4] + outputs[5]).toBeCloseTo(1, 6);
    expect(outputs[3]).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    expect(outputs[5]).toBe(0);
  });

  it('sigmoid is σ elementwise and linear copies z', () => {
    const outputs = new Float32Array(6);
    applyHead('sigmoid', logits, outputs, 6, 1);
    expect(outputs[0]).toBeCloseTo(1 / (1 + Math.exp(-0.3)), 7);
    applyHead('linear', logits, outputs, 2, 3);
    expect(Array.from(outputs)).toEqual(Array.from(logits));
  });
});

describe('backpropagateHead(head, ŷ, g, count, units)', () => {
  for (const head of ['sigmoid', 'softmax', 'linear'] as Head[]) {
    it(`${head}: turns ∂L/∂ŷ into ∂L/∂z = J_gᵀ ∂L/∂ŷ (central differences of L = c·g(z))`, () => {
      const z = new Float32Array([0.3, -1.2, 2.0]);
      const weights = [0.7, -0.4, 1.1];
      const outputs = new Float32Array(3);
      applyHead(head, z, outputs, 1, 3);
      const gradient = new Float32Array(weights);
      backpropagateHead(head, outputs, gradient, 1, 3);
      const loss = (values: Float64Array) => {
        const out = new Float32Array(3);
        applyHead(head, values, out, 1, 3);
        return out.reduce((sum, value, index) => sum + value * weights[index], 0);
      };
      for (let index = 0; index < 3; index++) {
        const above = Float64Array.from(z);
        const below = Float64Array.from(z);
        above[index] += 1e-3;
        below[index] -= 1e-3;
        expect(gradient[index]).toBeCloseTo((loss(above) - loss(below)) / 2e-3, 4);
      }
    });
  }
});
