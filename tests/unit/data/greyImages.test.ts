import { describe, expect, it } from 'vitest';
import { darkGreyLevels, makeGreyImages } from '@/lib/data/greyImages';
import { countClasses } from '@/lib/data/dataset';

describe('greyImages', () => {
  it('darkGreyLevels(m) lists i/(m − 1) below ½, leaving ½ out', () => {
    expect(darkGreyLevels(2)).toEqual([0]);
    expect(darkGreyLevels(3)).toEqual([0]);
    expect(darkGreyLevels(5)).toEqual([0, 0.25]);
    expect(darkGreyLevels(6)).toEqual([0, 0.2, 0.4]);
  });

  it('makeGreyImages({size, levels, seed}) makes flat n × n images, one per level', () => {
    const dataset = makeGreyImages({ size: 3, levels: 6, seed: 1 });
    expect(dataset.count).toBe(6);
    expect(dataset.inputSize).toBe(9);
    expect(dataset.classes).toBe(2);
    const levels: number[] = [];
    for (let i = 0; i < dataset.count; i++) {
      const image = dataset.inputs.subarray(9 * i, 9 * i + 9);
      expect(new Set(image).size).toBe(1);
      levels.push(image[0]);
    }
    expect(levels.sort()).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1].map(Math.fround));
  });

  it('makeGreyImages labels darker than ½ as 0 and lighter as 1', () => {
    const dataset = makeGreyImages({ size: 2, levels: 9, count: 40, seed: 2 });
    for (let i = 0; i < dataset.count; i++) {
      expect(dataset.inputs[4 * i]).not.toBe(0.5);
      expect(dataset.labels[i]).toBe(dataset.inputs[4 * i] > 0.5 ? 1 : 0);
    }
    expect(Array.from(countClasses(dataset))).toEqual([20, 20]);
  });

  it('makeGreyImages includes the exactly black and exactly white images', () => {
    const dataset = makeGreyImages({ size: 4, levels: 5, count: 2, seed: 3 });
    const sums = [0, 1].map((i) => dataset.inputs.subarray(16 * i, 16 * i + 16).reduce((sum, value) => sum + value, 0));
    expect(sums.sort()).toEqual([0, 16]);
  });

  it('makeGreyImages values stay in [0, 1]', () => {
    const dataset = makeGreyImages({ size: 2, levels: 17, count: 100, seed: 4 });
    for (const value of dataset.inputs) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('makeGreyImages is seed-stable: same seed, same bytes; other seed, other order', () => {
    const options = { size: 2, levels: 11, count: 50 };
    const first = makeGreyImages({ ...options, seed: 5 });
    expect(makeGreyImages({ ...options, seed: 5 })).toEqual(first);
    expect(makeGreyImages({ ...options, seed: 6 }).inputs).not.toEqual(first.inputs);
  });
});
