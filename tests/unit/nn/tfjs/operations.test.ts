import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '@/lib/nn/activations';
import { applyHead } from '@/lib/nn/heads';
import { computeLoss, type LossKind } from '@/lib/nn/losses';
import { applyTensorHead, computeTensorLoss, computeTensorPenalty, TENSOR_ACTIVATIONS } from '@/lib/nn/tfjs/operations';
import type { Activation, Head } from '@/lib/nn/spec';
import { expectNoTensorLeaks } from '../../../tfjsLeaks';

const z = [-3, -1.5, -0.2, 0, 0.4, 1, 2.5, 6];

describe('tfjs operations', () => {
  expectNoTensorLeaks();

  for (const name of Object.keys(TENSOR_ACTIVATIONS) as Activation[]) {
    it(`TENSOR_ACTIVATIONS.${name} and its tfjs gradient match ACTIVATIONS.${name}`, () => {
      const [values, gradients] = tf.tidy(() => {
        const input = tf.tensor1d(z);
        const gradient = tf.grad((x: tf.Tensor) => TENSOR_ACTIVATIONS[name](x).sum())(input);
        return [TENSOR_ACTIVATIONS[name](input).dataSync(), gradient.dataSync()];
      });
      z.forEach((value, index) => {
        const output = ACTIVATIONS[name].output(value);
        expect(values[index]).toBeCloseTo(output, 6);
        expect(gradients[index]).toBeCloseTo(ACTIVATIONS[name].derivative(value, output), 5);
      });
    });
  }

  const cases: [LossKind, Head, number][] = [
    ['binaryCrossEntropy', 'sigmoid', 1],
    ['categoricalCrossEntropy', 'softmax', 4],
    ['meanSquaredError', 'softmax', 4],
    ['meanSquaredError', 'linear', 2],
  ];
  for (const [kind, head, units] of cases) {
    it(`computeTensorLoss(${kind}, ${head}) and its gradient match computeLoss`, () => {
      const logits = Float32Array.from(z);
      const count = z.length / units;
      const targets = new Float32Array(z.length).map((_, index) => (index % (units + 1) === 0 ? 1 : 0));
      const outputs = new Float32Array(z.length);
      applyHead(head, logits, outputs, count, units);
      const gradient = new Float32Array(z.length);
      const expected = computeLoss(kind, head, { logits, outputs, targets, gradient }, count, units);
      const [value, tensorGradient, tensorOutputs] = tf.tidy(() => {
        const x = tf.tensor2d(logits, [count, units]);
        const y = tf.tensor2d(targets, [count, units]);
        const loss = (input: tf.Tensor) => computeTensorLoss(kind, head, input as tf.Tensor2D, y);
        return [loss(x).dataSync(), tf.grad(loss)(x).dataSync(), applyTensorHead(head, x).dataSync()];
      });
      expect(value[0]).toBeCloseTo(expected, 6);
      gradient.forEach((entry, index) => expect(tensorGradient[index]).toBeCloseTo(entry, 6));
      outputs.forEach((entry, index) => expect(tensorOutputs[index]).toBeCloseTo(entry, 6));
    });
  }

  it('binary cross-entropy from logits stays finite for logits of ±1000', () => {
    const value = tf.tidy(() => computeTensorLoss('binaryCrossEntropy', 'sigmoid', tf.tensor2d([[1000], [-1000]]), tf.tensor2d([[0], [1]])).dataSync()[0]);
    expect(value).toBeCloseTo(1000, 2);
  });

  it('computeTensorPenalty(W, λ) is (λ/2)ΣW²', () => {
    const value = tf.tidy(() => computeTensorPenalty([tf.tensor1d([3, 4]), tf.tensor1d([1])], 0.2).dataSync()[0]);
    expect(value).toBeCloseTo(0.1 * 26, 6);
  });
});
