/**
 * The two engines are two strategies for the same arithmetic: from the same initial weights,
 * the same 100 updates (same batches, same dropout masks) end within 1e-5 of each other.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createSession } from '@/lib/nn/session';
import type { HyperParameters, Optimiser } from '@/lib/nn/session.types';
import type { Activation } from '@/lib/nn/spec';
import { lossCases, makeHyper, makeRegressionData, makeSpec, makeXorData, maxWeightDifference, split } from './fixtures';
import { expectNoTensorLeaks } from '../../tfjsLeaks';

const activations: Activation[] = ['linear', 'relu', 'tanh', 'sigmoid', 'leakyRelu', 'gelu'];
const optimisers: Record<Optimiser, Partial<HyperParameters>> = {
  sgd: { optimiser: 'sgd', momentum: 0.9, learningRate: 0.05 },
  adam: { optimiser: 'adam', learningRate: 0.01 },
};

function trainBoth(activation: Activation, lossCase: (typeof lossCases)[number], hyper: HyperParameters): number {
  const spec = makeSpec(3, [6, 5], lossCase.outputs, activation, lossCase.head);
  const regression = lossCase.head === 'linear';
  const classes = lossCase.outputs === 1 ? 2 : lossCase.outputs;
  const data = regression
    ? split(makeRegressionData(40, 1, 3, lossCase.outputs), makeRegressionData(20, 2, 3, lossCase.outputs))
    : split(makeXorData(40, 1, 3, classes), makeXorData(20, 2, 3, classes));
  const typed = createSession({ spec, data, hyper, seed: 5, engine: 'typed' });
  const tensors = createSession({ spec, data, hyper, seed: 5, engine: 'tfjs', initialWeights: typed.getWeights() });
  const typedSnapshot = typed.step(100);
  const tensorSnapshot = tensors.step(100);
  const difference = maxWeightDifference(typed.getWeights(), tensors.getWeights());
  tensors.dispose();
  expect(typedSnapshot.step).toBe(100);
  expect(tensorSnapshot.step).toBe(100);
  return difference;
}

describe('the typed and tfjs engines, 100 updates from the same weights', () => {
  expectNoTensorLeaks();

  activations.forEach((activation, a) => {
    lossCases.forEach((lossCase, l) => {
      // Alternating optimisers: each activation and each loss meets both.
      const optimiser: Optimiser = (a + l) % 2 === 0 ? 'sgd' : 'adam';
      const loss = lossCase.loss === 'meanSquaredError' ? 'meanSquaredError' : 'crossEntropy';
      it(`end within 1e-5: ${activation}, ${lossCase.head} ${lossCase.loss}, ${optimiser}`, () => {
        const hyper = makeHyper({ ...optimisers[optimiser], loss });
        expect(trainBoth(activation, lossCase, hyper)).toBeLessThan(1e-5);
      });
    });
  });

  for (const optimiser of ['sgd', 'adam'] as const) {
    it(`end within 1e-5 with L2 weight decay: tanh, ${optimiser}`, () => {
      const hyper = makeHyper({ ...optimisers[optimiser], l2: 0.01 });
      expect(trainBoth('tanh', lossCases[0], hyper)).toBeLessThan(1e-5);
    });

    it(`end within 1e-5 with dropout (the same masks): relu, ${optimiser}`, () => {
      const hyper = makeHyper({ ...optimisers[optimiser], dropout: 0.3, loss: 'crossEntropy' });
      expect(trainBoth('relu', lossCases[1], hyper)).toBeLessThan(1e-5);
    });
  }

  it("end within 1e-5 with L2, dropout, plain SGD and batch 'full'", () => {
    const hyper = makeHyper({ learningRate: 0.2, batchSize: 'full', l2: 0.001, dropout: 0.2 });
    expect(trainBoth('gelu', lossCases[0], hyper)).toBeLessThan(1e-5);
  });
});
