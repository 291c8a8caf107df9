import { describe, expect, it } from 'vitest';
import { applyCollapse, collapseLinearStack, maxAbsoluteDifference } from '@/lib/analysis/collapse';
import { makeCircle } from '@/lib/data/planar';
import { createSession } from '@/lib/nn/session';
import type { ModelSpec } from '@/lib/nn/spec';

describe('collapseLinearStack(layers)', () => {
  it('multiplies the matrices and carries each bias through the later layers', () => {
    // W1 = [[1, 2]], b1 = [1, −1]; W2 = [[3], [4]], b2 = [0.5]:
    // C = W1·W2 = [[11]], c = b1·W2 + b2 = 3 − 4 + 0.5 = −0.5.
    const collapse = collapseLinearStack([
      { inputSize: 1, units: 2, weights: new Float32Array([1, 2]), bias: new Float32Array([1, -1]) },
      { inputSize: 2, units: 1, weights: new Float32Array([3, 4]), bias: new Float32Array([0.5]) },
    ]);
    expect(Array.from(collapse.matrix)).toEqual([11]);
    expect(Array.from(collapse.bias)).toEqual([-0.5]);
    expect(Array.from(applyCollapse(collapse, [2, -1], 2))).toEqual([21.5, -11.5]);
  });

  it('treats missing biases as zeros', () => {
    const collapse = collapseLinearStack([
      { inputSize: 2, units: 2, weights: new Float32Array([1, 0, 0, 2]), bias: null },
      { inputSize: 2, units: 1, weights: new Float32Array([1, 1]), bias: null },
    ]);
    expect(Array.from(collapse.matrix)).toEqual([1, 2]);
    expect(Array.from(collapse.bias)).toEqual([0]);
  });

  it('equals the logits of a trained 2-6-6-6-1 linear stack with biases to 1e-5', () => {
    const spec: ModelSpec = {
      inputSize: 2, outputSize: 1, head: 'sigmoid', outputBias: true, initialisation: 'glorot',
      hidden: [6, 6, 6].map((units) => ({ units, activation: 'linear' as const, useBias: true })),
    };
    const data = makeCircle({ count: 200, noise: 0.05, seed: 3 });
    const session = createSession({
      spec, data: { train: data, validation: data }, seed: 2, engine: 'typed',
      hyper: { learningRate: 0.03, batchSize: 10, optimiser: 'adam', momentum: 0, loss: 'crossEntropy', l2: 0, dropout: 0 },
    });
    const snapshot = session.step(300, { probe: { inputs: data.inputs, count: data.count }, weights: true });
    const logits = snapshot.activations!.at(-1)!;
    const collapsed = applyCollapse(collapseLinearStack(snapshot.weights!), data.inputs, data.count);
    expect(maxAbsoluteDifference(logits, collapsed)).toBeLessThan(1e-5);
    session.dispose();
  });
});

describe('maxAbsoluteDifference(a, b)', () => {
  it('is the largest gap, and refuses arrays of different lengths', () => {
    expect(maxAbsoluteDifference([1, 2, 3], [1, 2.5, 2])).toBe(1);
    expect(maxAbsoluteDifference([], [])).toBe(0);
    expect(() => maxAbsoluteDifference([1], [])).toThrow(/differ/);
  });
});
