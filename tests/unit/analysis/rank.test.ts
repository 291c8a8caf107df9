import { describe, expect, it } from 'vitest';
import { factorisedParameterCount, multiplyMatrices, numericalRank } from '@/lib/analysis/rank';
import { makeRandom } from '@/lib/random';

describe('rank', () => {
  it('multiplyMatrices(A, B) multiplies row-major matrices', () => {
    // [1 2; 3 4]·[5; 6] = [17; 39]
    expect(Array.from(multiplyMatrices([1, 2, 3, 4], [5, 6], 2, 2, 1))).toEqual([17, 39]);
  });

  it('numericalRank(matrix) of identity, zero and hand-made matrices', () => {
    expect(numericalRank([1, 0, 0, 0, 1, 0, 0, 0, 1], 3, 3)).toBe(3);
    expect(numericalRank([0, 0, 0, 0], 2, 2)).toBe(0);
    expect(numericalRank([1, 2, 3, 2, 4, 6], 2, 3)).toBe(1);
    expect(numericalRank([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 3)).toBe(2);
  });

  it('numericalRank(random n × n) is n, and of a rank-r product is r', () => {
    const random = makeRandom(1);
    const draw = (length: number) => Float64Array.from({ length }, () => random.normal());
    expect(numericalRank(draw(400), 20, 20)).toBe(20);
    expect(numericalRank(multiplyMatrices(draw(30 * 3), draw(3 * 25), 30, 3, 25), 30, 25)).toBe(3);
  });

  it('numericalRank(matrix, tolerance) ignores perturbations below the tolerance', () => {
    expect(numericalRank([1, 1, 1, 1 + 1e-12], 2, 2)).toBe(1);
    expect(numericalRank([1, 1, 1, 1 + 1e-12], 2, 2, 1e-15)).toBe(2);
  });

  it('factorisedParameterCount(n, r, m) is n·r + r·m', () => {
    expect(factorisedParameterCount(100, 2, 100)).toBe(400);
  });
});
