import { describe, expect, it } from 'vitest';
import { corruptLabels, randomInputs } from '@/lib/data/labelNoise';
import { countClasses, type Dataset } from '@/lib/data/dataset';
import { makeMnist1d } from '@/lib/data/mnist1d';

const dataset: Dataset = makeMnist1d({ count: 1000, seed: 1 });

function changed(a: Int32Array, b: Int32Array): number {
  return a.reduce((sum, value, index) => sum + (value === b[index] ? 0 : 1), 0);
}

describe('labelNoise', () => {
  it("corruptLabels(dataset, 1, seed, 'shuffle') permutes the labels, keeping the class counts", () => {
    const shuffled = corruptLabels(dataset, 1, 2, 'shuffle');
    expect(Array.from(countClasses(shuffled))).toEqual(Array.from(countClasses(dataset)));
    expect(changed(shuffled.labels, dataset.labels)).toBeGreaterThan(800);
    expect(shuffled.inputs).toEqual(dataset.inputs);
    expect(shuffled.inputs).not.toBe(dataset.inputs);
  });

  it("corruptLabels(dataset, p, seed, 'random') changes at most round(p·n) labels, about (1 − 1/c) of them", () => {
    const noisy = corruptLabels(dataset, 0.3, 3, 'random');
    const count = changed(noisy.labels, dataset.labels);
    expect(count).toBeLessThanOrEqual(300);
    expect(count).toBeGreaterThan(300 * 0.9 - 40);
    for (const label of noisy.labels) expect(label >= 0 && label < 10).toBe(true);
  });

  it("corruptLabels(dataset, p, seed, 'shuffle') touches only round(p·n) samples", () => {
    expect(changed(corruptLabels(dataset, 0.1, 4, 'shuffle').labels, dataset.labels)).toBeLessThanOrEqual(100);
  });

  it('corruptLabels(dataset, 0, …) changes nothing and leaves the original untouched', () => {
    const before = dataset.labels.slice();
    expect(corruptLabels(dataset, 0, 5, 'random').labels).toEqual(dataset.labels);
    corruptLabels(dataset, 1, 5, 'random');
    expect(dataset.labels).toEqual(before);
  });

  it('corruptLabels is seed-stable', () => {
    expect(corruptLabels(dataset, 0.5, 6, 'random')).toEqual(corruptLabels(dataset, 0.5, 6, 'random'));
    expect(corruptLabels(dataset, 0.5, 7, 'random').labels).not.toEqual(corruptLabels(dataset, 0.5, 6, 'random').labels);
  });

  it('randomInputs(dataset, seed) keeps shape, labels, mean and deviation', () => {
    const noise = randomInputs(dataset, 8);
    expect(noise.inputs).toHaveLength(dataset.inputs.length);
    expect(noise.labels).toEqual(dataset.labels);
    let mean = 0, square = 0;
    for (const value of noise.inputs) {
      mean += value / noise.inputs.length;
      square += (value * value) / noise.inputs.length;
    }
    expect(mean).toBeCloseTo(0, 1);
    expect(square).toBeCloseTo(1, 1);
    expect(randomInputs(dataset, 8)).toEqual(noise);
    expect(randomInputs(dataset, 9).inputs).not.toEqual(noise.inputs);
  });
});
