import { describe, expect, it } from 'vitest';
import { neighbourhoodPreservation } from '@/lib/analysis/neighbourhood';
import { makeRandom } from '@/lib/random';

function randomPoints(count: number, dimension: number, seed: number) {
  const random = makeRandom(seed);
  return { count, dimension, values: Float64Array.from({ length: count * dimension }, () => random.normal()) };
}

describe('neighbourhoodPreservation', () => {
  it('neighbourhoodPreservation(X, X, k) is 1', () => {
    const points = randomPoints(100, 5, 1);
    expect(neighbourhoodPreservation(points, points, 10)).toBe(1);
  });

  it('neighbourhoodPreservation(X, scaled and rotated X, k) is 1', () => {
    const points = randomPoints(80, 2, 2);
    const turned = Float64Array.from(points.values);
    for (let i = 0; i < 80; i++) {
      const [x, y] = [points.values[2 * i], points.values[2 * i + 1]];
      turned[2 * i] = 3 * (0.6 * x - 0.8 * y);
      turned[2 * i + 1] = 3 * (0.8 * x + 0.6 * y);
    }
    expect(neighbourhoodPreservation(points, { ...points, values: turned }, 5)).toBe(1);
  });

  it('neighbourhoodPreservation(X, random Y, k) is about k/(n − 1)', () => {
    const preserved = neighbourhoodPreservation(randomPoints(300, 10, 3), randomPoints(300, 2, 4), 10);
    expect(preserved).toBeLessThan(0.1);
  });

  it('neighbourhoodPreservation(X, Y with another count) throws', () => {
    expect(() => neighbourhoodPreservation(randomPoints(5, 2, 1), randomPoints(6, 2, 1), 2)).toThrow();
  });
});
