import { describe, expect, it } from 'vitest';
import { solveLeastSquares, solveNormalEquations } from '@/lib/analysis/leastSquares';

describe('solveLeastSquares(columns, targets)', () => {
  it('recovers the coefficients of an exactly linear model', () => {
    const xs = [0, 1, 2, 3, 4];
    const columns = [xs.map(() => 1), xs, xs.map((x) => x * x)];
    const targets = xs.map((x) => 2 - 3 * x + 0.5 * x * x);
    const coefficients = solveLeastSquares(columns, targets);
    expect(coefficients[0]).toBeCloseTo(2, 6);
    expect(coefficients[1]).toBeCloseTo(-3, 6);
    expect(coefficients[2]).toBeCloseTo(0.5, 6);
  });

  it('gives the best line through noisy points (residual orthogonal to every column)', () => {
    const xs = [0, 1, 2, 3];
    const ys = [1, 3, 2, 5];
    const [intercept, slope] = solveLeastSquares([xs.map(() => 1), xs], ys);
    const residuals = xs.map((x, index) => intercept + slope * x - ys[index]);
    expect(residuals.reduce((sum, r) => sum + r, 0)).toBeCloseTo(0, 6);
    expect(residuals.reduce((sum, r, index) => sum + r * xs[index], 0)).toBeCloseTo(0, 6);
    expect(slope).toBeCloseTo(1.1, 6);
  });

  it('stays finite when two columns coincide (the ridge makes the solve defined)', () => {
    const xs = [0, 1, 2];
    const coefficients = solveLeastSquares([xs, xs], [0, 2, 4]);
    expect(Array.from(coefficients).every(Number.isFinite)).toBe(true);
    expect(coefficients[0] + coefficients[1]).toBeCloseTo(2, 6);
  });
});

describe('solveNormalEquations(gram, right, size)', () => {
  it('solves a 2 × 2 system and leaves the matrix unchanged', () => {
    const gram = Float64Array.of(4, 1, 1, 3);
    const solution = solveNormalEquations(gram, Float64Array.of(1, 2), 2, 0);
    expect(solution[0]).toBeCloseTo(1 / 11, 9);
    expect(solution[1]).toBeCloseTo(7 / 11, 9);
    expect(Array.from(gram)).toEqual([4, 1, 1, 3]);
  });
});
