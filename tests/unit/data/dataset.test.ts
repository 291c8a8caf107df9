import { describe, expect, it } from 'vitest';
import { countClasses, selectSamples, splitDataset, type Dataset } from '@/lib/data/dataset';
import { makeSpiral } from '@/lib/data/planar';

function indexDataset(count: number, classes: number): Dataset {
  return {
    count,
    inputSize: 2,
    inputs: Float32Array.from({ length: 2 * count }, (_, index) => Math.floor(index / 2) + (index % 2) / 10),
    labels: Int32Array.from({ length: count }, (_, index) => index % classes),
    classes,
  };
}

describe('dataset', () => {
  it('selectSamples(dataset, indices) copies the rows in that order', () => {
    const selected = selectSamples(indexDataset(5, 2), [4, 0, 4]);
    expect(Array.from(selected.inputs)).toEqual([4, 4.1, 0, 0.1, 4, 4.1].map(Math.fround));
    expect(Array.from(selected.labels)).toEqual([0, 0, 0]);
    expect(selected.count).toBe(3);
  });

  it('selectSamples(dataset, indices) carries regression targets', () => {
    const dataset = { ...indexDataset(3, 1), targets: Float32Array.of(10, 11, 20, 21, 30, 31), targetSize: 2 };
    const selected = selectSamples(dataset, [2, 0]);
    expect(Array.from(selected.targets ?? [])).toEqual([30, 31, 10, 11]);
    expect(selected.targetSize).toBe(2);
  });

  it('countClasses(dataset) counts each label', () => {
    expect(Array.from(countClasses(indexDataset(7, 3)))).toEqual([3, 2, 2]);
  });

  it('splitDataset(dataset, fraction, seed) partitions the samples and keeps the class balance', () => {
    const dataset = makeSpiral({ count: 200, noise: 0.1, seed: 1 });
    const { train, validation } = splitDataset(dataset, 0.25, 3);
    expect(train.count + validation.count).toBe(200);
    expect(validation.count).toBe(50);
    expect(Array.from(countClasses(validation))).toEqual([25, 25]);
    expect(Array.from(countClasses(train))).toEqual([75, 75]);
    const seen = new Set<string>();
    for (const part of [train, validation]) {
      for (let i = 0; i < part.count; i++) seen.add(`${part.inputs[2 * i]},${part.inputs[2 * i + 1]}`);
    }
    expect(seen.size).toBe(200);
  });

  it('splitDataset(dataset, fraction, seed) is seed-stable', () => {
    const dataset = indexDataset(50, 2);
    const first = splitDataset(dataset, 0.2, 9);
    expect(splitDataset(dataset, 0.2, 9)).toEqual(first);
    expect(splitDataset(dataset, 0.2, 10).validation.inputs).not.toEqual(first.validation.inputs);
  });

  it('splitDataset(dataset, out-of-range fraction) clamps to [0, 1]', () => {
    const dataset = indexDataset(10, 2);
    expect(splitDataset(dataset, -1, 1).validation.count).toBe(0);
    expect(splitDataset(dataset, 2, 1).train.count).toBe(0);
    expect(splitDataset(dataset, Number.NaN, 1).train.count).toBe(10);
  });
});
