import { describe, expect, it } from 'vitest';
import { covariance, pca } from '@/lib/analysis/pca';
import { makeRandom } from '@/lib/random';

/** n points spread along a unit axis u (σ = 3) plus isotropic noise (σ = 0.3) in d dimensions. */
function elongated(count: number, axis: number[], seed: number) {
  const random = makeRandom(seed);
  const dimension = axis.length;
  const values = new Float64Array(count * dimension);
  for (let i = 0; i < count; i++) {
    const along = 3 * random.normal();
    for (let k = 0; k < dimension; k++) values[i * dimension + k] = 5 + along * axis[k] + 0.3 * random.normal();
  }
  return { count, dimension, values };
}

describe('pca', () => {
  it('covariance(points) of a hand-made set', () => {
    const { mean, matrix } = covariance({ count: 4, dimension: 2, values: Float64Array.of(1, 0, -1, 0, 0, 2, 0, -2) });
    expect(Array.from(mean)).toEqual([0, 0]);
    expect(Array.from(matrix)).toEqual([0.5, 0, 0, 2]);
  });

  it('pca(points, 1) recovers a known principal axis and its variance', () => {
    const norm = Math.sqrt(1 + 4 + 4 + 0 + 16);
    const axis = [1, 2, -2, 0, 4].map((value) => value / norm);
    const result = pca(elongated(2000, axis, 1), 1);
    const component = Array.from(result.components);
    const dot = component.reduce((sum, value, index) => sum + value * axis[index], 0);
    expect(Math.abs(dot)).toBeGreaterThan(0.999);
    // 9 + 0.09 in expectation; a sample of 2000 is within about ±0.6 of it
    expect(Math.abs(result.variances[0] - 9.09)).toBeLessThan(1);
    expect(result.mean[0]).toBeCloseTo(5, 0);
    expect(result.explainedRatios[0]).toBeGreaterThan(0.95);
  });

  it('pca(points, k) returns orthonormal axes with decreasing variances', () => {
    const random = makeRandom(2);
    const scales = [5, 3, 2, 1, 0.5, 0.2];
    const values = Float64Array.from({ length: 600 * 6 }, (_, index) => scales[index % 6] * random.normal());
    const result = pca({ count: 600, dimension: 6, values }, 3);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        let dot = 0;
        for (let k = 0; k < 6; k++) dot += result.components[a * 6 + k] * result.components[b * 6 + k];
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 6);
      }
    }
    expect(result.variances[0]).toBeGreaterThan(result.variances[1]);
    expect(result.variances[1]).toBeGreaterThan(result.variances[2]);
    expect(Math.abs(result.components[0])).toBeGreaterThan(0.99);
  });

  it('pca(points, k).projection has n × k coordinates of mean zero', () => {
    const result = pca(elongated(300, [0.6, 0.8], 3), 2);
    expect(result.projection.count).toBe(300);
    expect(result.projection.dimension).toBe(2);
    let mean = 0;
    for (let i = 0; i < 300; i++) mean += result.projection.values[2 * i] / 300;
    expect(mean).toBeCloseTo(0, 9);
  });

  it('pca(points, k) is deterministic for a seed', () => {
    const points = elongated(200, [1, 0, 0], 4);
    expect(pca(points, 2, { seed: 1 })).toEqual(pca(points, 2, { seed: 1 }));
  });
});
