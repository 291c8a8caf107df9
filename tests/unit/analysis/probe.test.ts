import { describe, expect, it } from 'vitest';
import { trainLinearProbe } from '@/lib/analysis/probe';
import { splitDataset, type Dataset } from '@/lib/data/dataset';
import { corruptLabels } from '@/lib/data/labelNoise';
import { makeRandom } from '@/lib/random';

/** Features in 20 dimensions whose class c shifts feature c by +3: linearly separable. */
function separable(count: number, classes: number, seed: number): Dataset {
  const random = makeRandom(seed);
  const inputSize = 20;
  const labels = Int32Array.from({ length: count }, (_, index) => index % classes);
  const inputs = Float32Array.from({ length: count * inputSize }, (_, index) => {
    const row = Math.floor(index / inputSize);
    return random.normal() * 0.5 + (index % inputSize === labels[row] ? 3 : 0);
  });
  return { count, inputSize, inputs, labels, classes };
}

describe('trainLinearProbe', () => {
  it('trainLinearProbe(separable features) reaches about 100 % validation accuracy', () => {
    const probe = trainLinearProbe(splitDataset(separable(1000, 5, 1), 0.3, 2), { iterations: 150 });
    expect(probe.trainAccuracy).toBeGreaterThan(0.99);
    expect(probe.validationAccuracy).toBeGreaterThan(0.98);
    expect(probe.weights).toHaveLength(20 * 5);
    expect(probe.bias).toHaveLength(5);
  });

  it('trainLinearProbe(random labels) stays near chance on validation', () => {
    const noisy = corruptLabels(separable(1000, 5, 3), 1, 4, 'random');
    const probe = trainLinearProbe(splitDataset(noisy, 0.3, 5), { iterations: 150 });
    expect(probe.validationAccuracy).toBeGreaterThan(0.1);
    expect(probe.validationAccuracy).toBeLessThan(0.32);
  });

  it('trainLinearProbe works for two classes and constant features', () => {
    const base = separable(400, 2, 6);
    const inputs = base.inputs.map((value, index) => (index % 20 === 19 ? 7 : value));
    const probe = trainLinearProbe(splitDataset({ ...base, inputs }, 0.25, 7), { iterations: 100 });
    expect(probe.validationAccuracy).toBeGreaterThan(0.97);
    expect(Number.isFinite(probe.trainLoss)).toBe(true);
  });

  it('trainLinearProbe is deterministic for a seed', () => {
    const split = splitDataset(separable(200, 3, 8), 0.3, 9);
    expect(trainLinearProbe(split, { iterations: 20, seed: 1 })).toEqual(trainLinearProbe(split, { iterations: 20, seed: 1 }));
  });
});
