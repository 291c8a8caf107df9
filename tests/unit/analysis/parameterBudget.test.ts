import { describe, expect, it } from 'vitest';
import { countDenseParameters, matchDeepWidth } from '@/lib/analysis/parameterBudget';

describe('parameterBudget', () => {
  it('countDenseParameters(d, widths) sums (inputs + 1) · units over the layers', () => {
    expect(countDenseParameters(1, [32])).toBe(97);
    expect(countDenseParameters(2, [8])).toBe(33);
    expect(countDenseParameters(2, [100])).toBe(401);
    expect(countDenseParameters(1, [5, 5, 5, 5])).toBe(2 * 5 + 3 * 30 + 6);
    expect(countDenseParameters(784, [], 10)).toBe(7850);
    for (const n of [4, 17, 64]) for (const d of [1, 2, 3]) expect(countDenseParameters(d, [n])).toBe((d + 2) * n + 1);
  });

  it('matchDeepWidth(budget, L, d) picks the width whose count is nearest the budget', () => {
    expect(matchDeepWidth(97, 4, 1)).toBe(5);
    expect(matchDeepWidth(countDenseParameters(1, [7, 7, 7]), 3, 1)).toBe(7);
    for (const [budget, depth, inputs] of [[97, 4, 1], [193, 8, 1], [129, 4, 2], [13, 8, 1], [500, 2, 2]]) {
      const width = matchDeepWidth(budget, depth, inputs);
      const gap = (m: number) => Math.abs(countDenseParameters(inputs, Array(depth).fill(m)) - budget);
      expect(gap(width)).toBeLessThanOrEqual(gap(width + 1));
      if (width > 1) expect(gap(width)).toBeLessThanOrEqual(gap(width - 1));
    }
  });

  it('matchDeepWidth never goes below one unit, even for a budget too small for any deep net', () => {
    expect(matchDeepWidth(3, 8, 1)).toBe(1);
    expect(matchDeepWidth(0, 2, 2)).toBe(1);
  });
});
