import { describe, expect, it } from 'vitest';
import { applyHead } from '@/lib/nn/heads';
import { computeLoss, l2Penalty, resolveLoss, type LossKind } from '@/lib/nn/losses';
import type { Head } from '@/lib/nn/spec';

function lossOf(kind: LossKind, head: Head, logits: number[], targets: number[], count: number) {
  const units = logits.length / count;
  const z = Float32Array.from(logits);
  const outputs = new Float32Array(z.length);
  applyHead(head, z, outputs, count, units);
  const gradient = new Float32Array(z.length);
  const value = computeLoss(kind, head, { logits: z, outputs, targets, gradient }, count, units);
  return { value, gradient };
}

describe('resolveLoss(loss, head)', () => {
  it('makes cross-entropy binary with sigmoid, categorical with softmax, and refuses a linear head', () => {
    expect(resolveLoss('crossEntropy', 'sigmoid')).toBe('binaryCrossEntropy');
    expect(resolveLoss('crossEntropy', 'softmax')).toBe('categoricalCrossEntropy');
    expect(resolveLoss('meanSquaredError', 'linear')).toBe('meanSquaredError');
    expect(() => resolveLoss('crossEntropy', 'linear')).toThrow();
  });
});

describe('computeLoss(kind, head, buffers, count, units)', () => {
  it('binary cross-entropy is −[y log σ(z) + (1 − y) log(1 − σ(z))] averaged, with ∂/∂z = (σ(z) − y)/n', () => {
    const { value, gradient } = lossOf('binaryCrossEntropy', 'sigmoid', [0.5, -2], [1, 1], 2);
    const expected = (-Math.log(1 / (1 + Math.exp(-0.5))) - Math.log(1 / (1 + Math.exp(2)))) / 2;
    expect(value).toBeCloseTo(expected, 6);
    expect(gradient[0]).toBeCloseTo((1 / (1 + Math.exp(-0.5)) - 1) / 2, 6);
  });

  it('binary cross-entropy stays finite (≈ |z|) for logits of ±1000', () => {
    const { value, gradient } = lossOf('binaryCrossEntropy', 'sigmoid', [1000, -1000], [0, 1], 2);
    expect(value).toBeCloseTo(1000, 3);
    expect(Array.from(gradient)).toEqual([0.5, -0.5]);
  });

  it('categorical cross-entropy is −log softmax(z)_y averaged, finite for large logits', () => {
    const { value, gradient } = lossOf('categoricalCrossEntropy', 'softmax', [1, 2, 3, 500, 0, -500], [0, 0, 1, 0, 1, 0], 2);
    const first = 3 - Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    expect(value).toBeCloseTo((-first + 500) / 2, 4);
    expect(gradient[2]).toBeCloseTo((Math.exp(first) - 1) / 2, 6);
  });

  it('mean squared error averages over samples and outputs', () => {
    const { value, gradient } = lossOf('meanSquaredError', 'linear', [1, 2, 3, 4], [0, 0, 0, 0], 2);
    expect(value).toBeCloseTo((1 + 4 + 9 + 16) / 4, 6);
    expect(gradient[3]).toBeCloseTo((2 * 4) / 4, 6);
  });
});

describe('l2Penalty(weights, λ)', () => {
  it('is (λ/2)·Σ W² over weight matrices, not biases', () => {
    const layer = { inputSize: 1, units: 2, weights: new Float32Array([3, 4]), bias: new Float32Array([100, 100]) };
    expect(l2Penalty([layer], 0.1)).toBeCloseTo(0.05 * 25, 6);
    expect(l2Penalty([layer], 0)).toBe(0);
  });
});
