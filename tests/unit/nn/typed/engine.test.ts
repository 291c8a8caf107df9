import { describe, expect, it } from 'vitest';
import { createTypedEngine } from '@/lib/nn/typed/engine';
import type { Activation } from '@/lib/nn/spec';
import { lossCases, makeGradientCase, type GradientCase } from '../fixtures';
import { finiteDifferences, referenceObjective, toParameters, worstMismatch } from '../reference';

const activations: Activation[] = ['linear', 'relu', 'tanh', 'sigmoid', 'leakyRelu', 'gelu'];

function checkGradients(testCase: GradientCase) {
  const engine = createTypedEngine(testCase.spec);
  engine.setWeights(testCase.weights);
  const { objective, gradients } = engine.gradients(testCase.block, testCase.masks, testCase.loss, testCase.l2);
  const problem = { ...testCase, ...testCase.block };
  const expected = finiteDifferences(problem, testCase.weights);
  const actual = gradients.flatMap((layer) => (layer.bias ? [layer.weights, layer.bias] : [layer.weights]));
  return {
    mismatch: worstMismatch(actual, expected, 2e-6, 1e-4),
    objective,
    expectedObjective: referenceObjective(problem, toParameters(testCase.weights)),
  };
}

describe('createTypedEngine(spec).gradients', () => {
  for (const activation of activations) {
    for (const lossCase of lossCases) {
      it(`match float64 central differences: ${activation}, ${lossCase.head} ${lossCase.loss}`, () => {
        const result = checkGradients(makeGradientCase(activation, lossCase));
        expect(result.mismatch).toBeLessThan(1);
        expect(result.objective).toBeCloseTo(result.expectedObjective, 5);
      });
    }
  }

  it('include the L2 term λW in ∂/∂W (not in ∂/∂b) and (λ/2)ΣW² in the objective', () => {
    const result = checkGradients(makeGradientCase('tanh', lossCases[0], { l2: 0.3 }));
    expect(result.mismatch).toBeLessThan(1);
    expect(result.objective).toBeCloseTo(result.expectedObjective, 5);
  });

  it('back-propagate through inverted-dropout masks', () => {
    for (const activation of ['relu', 'tanh'] as const) {
      const result = checkGradients(makeGradientCase(activation, lossCases[1], { dropout: 0.4 }));
      expect(result.mismatch).toBeLessThan(1);
    }
  });
});

describe('createTypedEngine(spec) forward', () => {
  it('returns the hidden activations and the logits, and ŷ = g(z_L) from predict', () => {
    const testCase = makeGradientCase('tanh', lossCases[1]);
    const engine = createTypedEngine(testCase.spec);
    engine.setWeights(testCase.weights);
    const layers = engine.activations(testCase.block.inputs, testCase.block.count);
    expect(layers.map((layer) => layer.length)).toEqual([6 * 5, 6 * 4, 6 * 3]);
    const outputs = engine.predict(testCase.block.inputs, testCase.block.count);
    const logits = layers[2];
    const first = [0, 1, 2].map((j) => Math.exp(logits[j]));
    const total = first.reduce((a, b) => a + b, 0);
    expect(outputs[0]).toBeCloseTo(first[0] / total, 6);
  });
});

describe('createTypedEngine(spec).update(batch, masks, settings, measure)', () => {
  const settings = { loss: 'binaryCrossEntropy', learningRate: 0.1, optimiser: 'adam', momentum: 0, l2: 0.01 } as const;

  function trained(measure: boolean, scale = 1) {
    const testCase = makeGradientCase('tanh', lossCases[0]);
    const engine = createTypedEngine(testCase.spec);
    engine.setWeights(testCase.weights.map((layer) => ({ ...layer, weights: layer.weights.map((value) => value * scale) })));
    const objectives = [];
    for (let step = 0; step < 20; step++) objectives.push(engine.update(testCase.block, null, settings, measure).objective);
    return { weights: engine.getWeights(), objectives, engine, testCase };
  }

  it('makes the same updates whether or not it measures; unmeasured, it skips a surely finite cross-entropy', () => {
    const measured = trained(true);
    const unmeasured = trained(false);
    expect(unmeasured.weights).toEqual(measured.weights);
    expect(measured.objectives.every(Number.isFinite)).toBe(true);
    expect(unmeasured.objectives.every(Number.isNaN)).toBe(true);
    const { engine, testCase } = unmeasured;
    const expected = engine.gradients(testCase.block, null, 'binaryCrossEntropy', 0.01).objective;
    expect(engine.update(testCase.block, null, settings, true).objective).toBe(expected);
  });

  it('evaluates the loss when logits pass 1e20, and refuses an update whose objective is not finite', () => {
    const { objectives } = trained(false, 1e22);
    expect(Number.isNaN(objectives[0])).toBe(false);
    const huge = trained(false, 1e38);
    expect(huge.engine.update(huge.testCase.block, null, settings, false).committed).toBe(false);
  });
});
