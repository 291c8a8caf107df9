/**
 * Parameter counts of dense networks, and the deep-narrow shape that spends about the same
 * budget as a shallow-wide one: the comparison the depth-versus-width question is about.
 */

/**
 * Weights and biases of a dense network with `inputSize` inputs d, hidden widths n_1 … n_L and
 * `outputSize` outputs k (all layers with bias): Σ_l (n_{l−1} + 1)·n_l with n_0 = d, n_{L+1} = k.
 * One hidden layer of n units on d inputs, one output: (d + 2)·n + 1.
 */
export function countDenseParameters(inputSize: number, hiddenWidths: readonly number[], outputSize = 1): number {
  let total = 0;
  let previous = inputSize;
  for (const width of [...hiddenWidths, outputSize]) {
    total += (previous + 1) * width;
    previous = width;
  }
  return total;
}

/**
 * The width m ≥ 1 for `depth` hidden layers of m units on `inputSize` inputs (one output) whose
 * parameter count is closest to `budget` (the narrower on a tie), so a deep-narrow net can be
 * set against a shallow-wide one of about the same size.
 */
export function matchDeepWidth(budget: number, depth: number, inputSize: number): number {
  let best = 1;
  let bestGap = Infinity;
  for (let width = 1; width <= Math.max(1, budget); width++) {
    const gap = Math.abs(countDenseParameters(inputSize, Array(depth).fill(width)) - budget);
    if (gap < bestGap) {
      best = width;
      bestGap = gap;
    } else break;
  }
  return best;
}
