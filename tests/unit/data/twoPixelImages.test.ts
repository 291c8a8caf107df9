import { describe, expect, it } from 'vitest';
import { countClasses } from '@/lib/data/dataset';
import { makeTwoPixelImages, twoPixelCentres } from '@/lib/data/twoPixelImages';

function classMeans(count: number, seed: number) {
  const dataset = makeTwoPixelImages({ count, seed });
  const sums = [0, 0];
  const counts = countClasses(dataset);
  for (let i = 0; i < dataset.count; i++) sums[dataset.labels[i]] += dataset.inputs[2 * i] + dataset.inputs[2 * i + 1];
  return { dataset, means: sums.map((sum, label) => sum / (2 * counts[label])) };
}

describe('twoPixelImages', () => {
  it('makeTwoPixelImages({count, seed}) gives balanced 2-D points with brightness in [0, 1]', () => {
    const { dataset } = classMeans(300, 4);
    expect(dataset.count).toBe(300);
    expect(dataset.inputSize).toBe(2);
    expect(Array.from(countClasses(dataset))).toEqual([150, 150]);
    for (const value of dataset.inputs) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('puts the dark images around (0.2, 0.2) and the bright ones around (0.8, 0.8)', () => {
    const { means } = classMeans(2000, 1);
    expect(means[0]).toBeCloseTo(twoPixelCentres.dark, 1);
    expect(means[1]).toBeCloseTo(twoPixelCentres.bright, 1);
  });

  it('is reproducible from its seed and changes with it', () => {
    expect(makeTwoPixelImages({ count: 50, seed: 3 }).inputs).toEqual(makeTwoPixelImages({ count: 50, seed: 3 }).inputs);
    expect(makeTwoPixelImages({ count: 50, seed: 3 }).inputs).not.toEqual(makeTwoPixelImages({ count: 50, seed: 4 }).inputs);
  });
});
