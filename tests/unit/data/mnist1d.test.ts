import { describe, expect, it } from 'vitest';
import { gaussianFilter, interpolate, makeMnist1d, mnist1dTemplates } from '@/lib/data/mnist1d';
import { countClasses, splitDataset } from '@/lib/data/dataset';
import { trainLinearProbe } from '@/lib/analysis/probe';

describe('mnist1d', () => {
  it('mnist1dTemplates() gives 10 templates of 12 points starting at 0', () => {
    const templates = mnist1dTemplates();
    expect(templates).toHaveLength(10);
    for (const template of templates) {
      expect(template).toHaveLength(12);
      expect(template[0]).toBe(0);
      // standardised then shifted and divided by 6: deviation 1/6
      const mean = template.reduce((sum, value) => sum + value, 0) / 12;
      const deviation = Math.sqrt(template.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 12);
      expect(deviation).toBeCloseTo(1 / 6, 10);
    }
  });

  it('interpolate(x, N) resamples linearly and keeps the ends', () => {
    expect(Array.from(interpolate([0, 1, 0], 5))).toEqual([0, 0.5, 1, 0.5, 0]);
    expect(Array.from(interpolate([2, 4], 3))).toEqual([2, 3, 4]);
  });

  it('gaussianFilter(x, σ) preserves constants and sums, and smooths an impulse', () => {
    expect(Array.from(gaussianFilter(new Float64Array(20).fill(3), 2)).every((value) => Math.abs(value - 3) < 1e-12)).toBe(true);
    const impulse = new Float64Array(41);
    impulse[20] = 1;
    const smooth = gaussianFilter(impulse, 2);
    expect(smooth.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
    expect(smooth[20]).toBeCloseTo(1 / Math.sqrt(2 * Math.PI * 4), 3);
    expect(smooth[18]).toBeCloseTo(smooth[22], 12);
  });

  it('makeMnist1d() has 40-dimensional samples in 10 balanced classes, standardised', () => {
    const dataset = makeMnist1d({ count: 1000, seed: 1 });
    expect(dataset.count).toBe(1000);
    expect(dataset.inputSize).toBe(40);
    expect(dataset.inputs).toHaveLength(40_000);
    expect(dataset.classes).toBe(10);
    expect(Array.from(countClasses(dataset))).toEqual(new Array(10).fill(100));
    let mean = 0, square = 0;
    for (const value of dataset.inputs) {
      mean += value / dataset.inputs.length;
      square += (value * value) / dataset.inputs.length;
    }
    expect(dataset.inputs.every(Number.isFinite)).toBe(true);
    expect(mean).toBeCloseTo(0, 5);
    expect(square).toBeCloseTo(1, 4);
  });

  it('makeMnist1d() defaults to 5000 samples and seed 42, and is seed-stable', () => {
    expect(makeMnist1d().count).toBe(5000);
    const first = makeMnist1d({ count: 200, seed: 3 });
    expect(makeMnist1d({ count: 200, seed: 3 })).toEqual(first);
    expect(makeMnist1d({ count: 200, seed: 4 }).inputs).not.toEqual(first.inputs);
  });

  it('makeMnist1d() is hard for a linear model: well above chance, far below perfect', () => {
    const split = splitDataset(makeMnist1d({ count: 4000, seed: 42 }), 0.2, 1);
    const probe = trainLinearProbe(split, { iterations: 150 });
    expect(probe.validationAccuracy).toBeGreaterThan(0.2);
    expect(probe.validationAccuracy).toBeLessThan(0.6);
  });
});
