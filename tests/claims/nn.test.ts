/**
 * Claims the articles make about networks, checked on the training core itself.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/lib/data/dataset';
import { ACTIVATIONS } from '@/lib/nn/activations';
import { createSession } from '@/lib/nn/session';
import type { EngineName, HyperParameters } from '@/lib/nn/session.types';
import type { Activation, ModelSpec } from '@/lib/nn/spec';
import { makeRandom } from '@/lib/random';
import { expectNoTensorLeaks } from '../tfjsLeaks';

const hyper: HyperParameters = {
  learningRate: 0.05,
  batchSize: 16,
  optimiser: 'adam',
  momentum: 0,
  loss: 'crossEntropy',
  l2: 0,
  dropout: 0,
};

/** n samples of d features uniform in [0, 1) with random binary labels, from `seed`. */
function makeRandomData(count: number, inputSize: number, seed: number): Dataset {
  const random = makeRandom(seed);
  const inputs = new Float32Array(count * inputSize).map(() => random.next());
  const labels = new Int32Array(count).map(() => random.int(2));
  return { count, inputSize, inputs, labels, classes: 2 };
}

function biasFreeSpec(inputSize: number, activation: Activation, widths: number[]): ModelSpec {
  return {
    inputSize,
    hidden: widths.map((units) => ({ units, activation, useBias: false })),
    outputSize: 1,
    head: 'sigmoid',
    outputBias: false,
    initialisation: 'he',
  };
}

/** A session trained a little on random 16-pixel images, so its weights are arbitrary. */
function trainedSession(spec: ModelSpec, engine: EngineName, extra: Partial<HyperParameters> = {}) {
  const data = { train: makeRandomData(32, spec.inputSize, 1), validation: makeRandomData(8, spec.inputSize, 2) };
  const session = createSession({ spec, data, hyper: { ...hyper, ...extra }, seed: 3, engine });
  session.step(20);
  return session;
}

describe('claims about networks', () => {
  expectNoTensorLeaks();

  for (const engine of ['typed', 'tfjs'] as const) {
    for (const activation of ['relu', 'tanh', 'linear'] as const) {
      it(`${engine}: a bias-free ${activation} net maps an all-black image to exactly 0 at every layer`, () => {
        const session = trainedSession(biasFreeSpec(16, activation, [12, 8]), engine);
        const probe = { inputs: new Float32Array(16), count: 1 };
        const layers = session.snapshot({ probe }).activations!;
        expect(layers).toHaveLength(3);
        for (const layer of layers) expect(Array.from(layer).every((value) => value === 0)).toBe(true);
        session.dispose();
      });
    }

    it(`${engine}: a bias-free ReLU net is positively homogeneous, f(a·x) = a·f(x) for a ≥ 0`, () => {
      const session = trainedSession(biasFreeSpec(16, 'relu', [12, 8]), engine);
      const x = new Float32Array(16).map((_, index) => Math.sin(index + 1));
      const scales = [0, 0.5, 2, 3.7];
      const inputs = new Float32Array(16 * scales.length);
      scales.forEach((scale, row) => x.forEach((value, index) => (inputs[row * 16 + index] = scale * value)));
      const logits = session.snapshot({ probe: { inputs, count: scales.length } }).activations![2];
      const reference = session.snapshot({ probe: { inputs: x, count: 1 } }).activations![2][0];
      expect(reference).not.toBe(0);
      scales.forEach((scale, row) => {
        expect(Math.abs(logits[row] - scale * reference)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(scale * reference)));
      });
      session.dispose();
    });

    it(`${engine}: with sigmoid hidden layers the all-black image gives σ(0) = 0.5, not 0 (the exception)`, () => {
      const session = trainedSession(biasFreeSpec(16, 'sigmoid', [12, 8]), engine);
      const layers = session.snapshot({ probe: { inputs: new Float32Array(16), count: 1 } }).activations!;
      expect(Array.from(layers[0]).every((value) => value === 0.5)).toBe(true);
      // From there on the zeros are gone: deeper layers and the output see 0.5s, not 0s.
      expect(Array.from(layers[1]).some((value) => value !== 0.5)).toBe(true);
      expect(layers[2][0]).not.toBe(0);
      session.dispose();
    });

    it(`${engine}: a trained stack of linear layers is the single matrix x·(W1·W2·…·Wn)`, () => {
      const spec: ModelSpec = { ...biasFreeSpec(6, 'linear', [5, 4, 3]), head: 'linear', outputSize: 2 };
      const random = makeRandom(9);
      const inputs = new Float32Array(40 * 6).map(() => random.uniform(-1, 1));
      const targets = new Float32Array(40 * 2).map(() => random.uniform(-1, 1));
      const train: Dataset = { count: 40, inputSize: 6, inputs, labels: new Int32Array(40), classes: 1, targets, targetSize: 2 };
      const data = { train, validation: train };
      const session = createSession({ spec, data, hyper: { ...hyper, loss: 'meanSquaredError' }, seed: 4, engine });
      session.step(50);
      const product = session.getWeights().reduce(multiply, identity(6));
      const outputs = session.predict(inputs, 40);
      let worst = 0;
      for (let row = 0; row < 40; row++) {
        for (let column = 0; column < 2; column++) {
          let expected = 0;
          for (let k = 0; k < 6; k++) expected += inputs[row * 6 + k] * product[k][column];
          worst = Math.max(worst, Math.abs(outputs[row * 2 + column] - expected));
        }
      }
      expect(worst).toBeLessThan(1e-5);
      session.dispose();
    });
  }

  it("sigmoid's derivative never exceeds 1/4 and equals 1/4 at 0", () => {
    const { output, derivative } = ACTIVATIONS.sigmoid;
    let largest = 0;
    for (let z = -40; z <= 40; z += 1 / 1024) largest = Math.max(largest, derivative(z, output(z)));
    expect(largest).toBeLessThanOrEqual(0.25);
    expect(derivative(0, output(0))).toBe(0.25);
  });

  it('a small MLP fits random labels on random data perfectly, and generalises at chance', () => {
    const data = { train: makeRandomData(64, 10, 21), validation: makeRandomData(400, 10, 22) };
    const spec: ModelSpec = {
      inputSize: 10,
      hidden: [
        { units: 64, activation: 'relu', useBias: true },
        { units: 64, activation: 'relu', useBias: true },
      ],
      outputSize: 1,
      head: 'sigmoid',
      outputBias: true,
      initialisation: 'he',
    };
    const session = createSession({ spec, data, hyper: { ...hyper, learningRate: 0.01, batchSize: 'full' }, seed: 5, engine: 'typed' });
    const snapshot = session.step(400);
    expect(snapshot.trainAccuracy).toBe(1);
    expect(snapshot.validationAccuracy).toBeGreaterThan(0.3);
    expect(snapshot.validationAccuracy).toBeLessThan(0.7);
  });
});

function identity(size: number): number[][] {
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => (row === column ? 1 : 0)));
}

/** A·W for A (m × n, float64) and a layer's W (n × units, row-major). */
function multiply(left: number[][], layer: { inputSize: number; units: number; weights: Float32Array }): number[][] {
  return left.map((row) =>
    Array.from({ length: layer.units }, (_, column) =>
      row.reduce((sum, value, k) => sum + value * layer.weights[k * layer.units + column], 0),
    ),
  );
}
