import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createTfjsEngine } from '@/lib/nn/tfjs/engine';
import type { Activation, Head, ModelSpec } from '@/lib/nn/spec';
import type { LossKind } from '@/lib/nn/losses';
import { lossCases, makeGradientCase, type GradientCase } from '../fixtures';
import { finiteDifferences, toParameters, worstMismatch } from '../reference';
import { expectNoTensorLeaks } from '../../../tfjsLeaks';

const activations: Activation[] = ['linear', 'relu', 'tanh', 'sigmoid', 'leakyRelu', 'gelu'];

/** f(z) written with tfjs ops directly, independent of lib/nn/tfjs/operations.ts. */
function plainActivation(activation: Activation, z: tf.Tensor): tf.Tensor {
  if (activation === 'relu') return z.relu();
  if (activation === 'tanh') return z.tanh();
  if (activation === 'sigmoid') return z.sigmoid();
  if (activation === 'leakyRelu') return tf.maximum(z, z.mul(0.01));
  if (activation === 'gelu') return z.mul(0.5).mul(z.add(z.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI)).tanh().add(1));
  return z;
}

/** The objective as a plain tfjs program, with tfjs's own tf.losses.* for the loss. */
function plainObjective(spec: ModelSpec, testCase: GradientCase) {
  const { block, masks, loss, l2 } = testCase;
  return (...parameters: tf.Tensor[]) => {
    let h: tf.Tensor = tf.tensor2d(block.inputs, [block.count, spec.inputSize]);
    let next = 0;
    const matrices: tf.Tensor[] = [];
    const layers = [...spec.hidden, { units: spec.outputSize, activation: 'linear' as Activation, useBias: spec.outputBias }];
    layers.forEach((layer, index) => {
      const weights = parameters[next++];
      matrices.push(weights);
      let z = h.matMul(weights);
      if (layer.useBias) z = z.add(parameters[next++]);
      h = index === layers.length - 1 ? z : plainActivation(layer.activation, z);
      if (masks && index < layers.length - 1) h = h.mul(tf.tensor2d(masks[index], [block.count, layer.units]));
    });
    const targets = tf.tensor2d(block.targets, [block.count, spec.outputSize]);
    const value = plainLoss(loss, spec.head, h, targets);
    return l2 === 0 ? value : value.add(tf.addN(matrices.map((w) => w.square().sum())).mul(l2 / 2));
  };
}

function plainLoss(loss: LossKind, head: Head, logits: tf.Tensor, targets: tf.Tensor): tf.Tensor {
  if (loss === 'binaryCrossEntropy') return tf.losses.sigmoidCrossEntropy(targets, logits);
  // tf.losses.softmaxCrossEntropy trips tfjs's own leak check under tf.grads; log-softmax is as independent.
  if (loss === 'categoricalCrossEntropy') return targets.mul(tf.logSoftmax(logits)).sum().div(-logits.shape[0]);
  const outputs = head === 'sigmoid' ? logits.sigmoid() : head === 'softmax' ? logits.softmax() : logits;
  return tf.losses.meanSquaredError(targets, outputs);
}

function engineGradients(testCase: GradientCase) {
  const engine = createTfjsEngine(testCase.spec);
  engine.setWeights(testCase.weights);
  const result = engine.gradients(testCase.block, testCase.masks, testCase.loss, testCase.l2);
  engine.dispose();
  return { ...result, flat: result.gradients.flatMap((l) => (l.bias ? [l.weights, l.bias] : [l.weights])) };
}

function tfGradients(testCase: GradientCase): Float64Array[] {
  const gradients = tf.tidy(() => {
    const parameters = toParameters(testCase.weights).map((array, index) => {
      const layer = testCase.weights.flatMap((l) => (l.bias ? [l, null] : [l]))[index];
      return layer ? tf.tensor2d(Float32Array.from(array), [layer.inputSize, layer.units]) : tf.tensor1d(Float32Array.from(array));
    });
    return tf.grads(plainObjective(testCase.spec, testCase))(parameters);
  });
  const arrays = gradients.map((gradient) => Float64Array.from(gradient.dataSync()));
  tf.dispose(gradients);
  return arrays;
}

describe('createTfjsEngine(spec)', () => {
  expectNoTensorLeaks();

  for (const activation of activations) {
    for (const lossCase of lossCases) {
      it(`.gradients match tf.grads of a plain tfjs program and float64 central differences: ${activation}, ${lossCase.head} ${lossCase.loss}`, () => {
        const testCase = makeGradientCase(activation, lossCase);
        const { flat } = engineGradients(testCase);
        expect(worstMismatch(flat, tfGradients(testCase), 1e-6, 1e-5)).toBeLessThan(1);
        const problem = { ...testCase, ...testCase.block };
        expect(worstMismatch(flat, finiteDifferences(problem, testCase.weights), 2e-6, 1e-4)).toBeLessThan(1);
      });
    }
  }

  it('.gradients include L2 and dropout like the plain program', () => {
    const testCase = makeGradientCase('relu', lossCases[1], { l2: 0.2, dropout: 0.3 });
    expect(worstMismatch(engineGradients(testCase).flat, tfGradients(testCase), 1e-6, 1e-5)).toBeLessThan(1);
  });

  it('holds only its variables, optimiser state and resident blocks, and frees them on dispose', () => {
    const startTensors = tf.memory().numTensors;
    const testCase = makeGradientCase('tanh', lossCases[0]);
    const engine = createTfjsEngine(testCase.spec);
    expect(tf.memory().numTensors - startTensors).toBe(6);
    engine.resetOptimiser('adam');
    engine.setResidentBlocks([{ ...testCase.block, resident: true }]);
    const held = tf.memory().numTensors;
    expect(held - startTensors).toBe(6 + 12 + 2);
    engine.setWeights(testCase.weights);
    const settings = { loss: testCase.loss, learningRate: 0.01, optimiser: 'adam', momentum: 0, l2: 0.1 } as const;
    expect(engine.update(testCase.block, null, settings, true).committed).toBe(true);
    engine.gradients(testCase.block, null, testCase.loss, 0);
    engine.evaluate(testCase.block, testCase.loss);
    engine.activations(testCase.block.inputs, 6);
    engine.predict(testCase.block.inputs, 6);
    engine.getWeights();
    expect(tf.memory().numTensors).toBe(held);
    engine.dispose();
  });
});
