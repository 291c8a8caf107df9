import { describe, expect, it } from 'vitest';
import { barnesHutGradient, exactGradient, exactNormaliser, klDivergence, scaleDerivatives, scaleStep, treeRepulsion } from '@/lib/analysis/tsneGradient';
import { sparseAffinities, type DenseAffinities, type SparseAffinities } from '@/lib/analysis/tsneAffinities';
import { makeRandom } from '@/lib/random';

function randomPoints(count: number, dimension: number, seed: number) {
  const random = makeRandom(seed);
  return { count, dimension, values: Float64Array.from({ length: count * dimension }, () => random.normal()) };
}

function densify(sparse: SparseAffinities): DenseAffinities {
  const values = new Float64Array(sparse.count * sparse.count);
  for (let i = 0; i < sparse.count; i++) {
    for (let entry = sparse.rowStarts[i]; entry < sparse.rowStarts[i + 1]; entry++) values[i * sparse.count + sparse.columns[entry]] = sparse.values[entry];
  }
  return { count: sparse.count, values };
}

describe('tsneGradient', () => {
  const count = 120;
  const affinities = sparseAffinities(randomPoints(count, 5, 1), 10);
  const dense = densify(affinities);
  const positions = randomPoints(count, 2, 2).values.map((value) => 3 * value);

  it('barnesHutGradient(P, Y, α, θ = 0) equals exactGradient(P, Y, α)', () => {
    const exact = new Float64Array(2 * count);
    const tree = new Float64Array(2 * count);
    exactGradient(dense, positions, 4, exact);
    barnesHutGradient(affinities, positions, 4, 0, tree);
    exact.forEach((value, index) => expect(tree[index]).toBeCloseTo(value, 12));
  });

  it('exactGradient(P, Y, α) handles an odd number of points (the last row pairs with none after it)', () => {
    const odd = sparseAffinities(randomPoints(7, 3, 5), 2);
    const oddDense = densify(odd);
    const y = randomPoints(7, 2, 6).values;
    const fast = new Float64Array(14);
    const tree = new Float64Array(14);
    exactGradient(oddDense, y, 2, fast);
    barnesHutGradient(odd, y, 2, 0, tree);
    fast.forEach((value, index) => expect(tree[index]).toBeCloseTo(value, 12));
  });

  it('barnesHutGradient(P, Y, α, θ = 0.5) stays close to the exact gradient', () => {
    const exact = new Float64Array(2 * count);
    const tree = new Float64Array(2 * count);
    exactGradient(dense, positions, 1, exact);
    barnesHutGradient(affinities, positions, 1, 0.5, tree);
    let error = 0, norm = 0;
    exact.forEach((value, index) => {
      error += (tree[index] - value) ** 2;
      norm += value ** 2;
    });
    expect(Math.sqrt(error / norm)).toBeLessThan(0.05);
  });

  it('exactGradient(P, Y) is the derivative of KL(P‖Q) (up to the factor 4)', () => {
    const analytic = new Float64Array(2 * count);
    exactGradient(dense, positions, 1, analytic);
    const step = 1e-6;
    for (const index of [0, 1, 17, 101]) {
      const moved = positions.slice();
      moved[index] += step;
      const up = klDivergence(dense, moved);
      moved[index] -= 2 * step;
      const down = klDivergence(dense, moved);
      expect((up - down) / (2 * step)).toBeCloseTo(4 * analytic[index], 5);
    }
  });

  it('exactNormaliser(Y) sums q̃ over ordered pairs', () => {
    // two points at distance 1: q̃ = 1/2 each way
    expect(exactNormaliser(Float64Array.of(0, 0, 1, 0), 2)).toBeCloseTo(1, 12);
  });

  it('klDivergence(P, Y) is the same for dense and sparse storage', () => {
    expect(klDivergence(dense, positions)).toBeCloseTo(klDivergence(affinities, positions), 10);
  });

  it('klDivergence(P, Y) is 0 when Q equals P', () => {
    // 2 points: P = Q = ½ off the diagonal
    const half = { count: 2, rowStarts: Int32Array.of(0, 1, 2), columns: Int32Array.of(1, 0), values: Float64Array.of(0.5, 0.5) };
    expect(klDivergence(half, Float64Array.of(0, 0, 1, 0))).toBeCloseTo(0, 12);
  });

  it('scaleDerivatives(P, Y) is the slope and curvature of KL(√t·Y) in t at t = 1, for dense and sparse P', () => {
    const klAt = (t: number, storage: typeof dense | typeof affinities) => klDivergence(storage, positions.map((value) => Math.sqrt(t) * value));
    const step = 1e-4;
    for (const storage of [dense, affinities]) {
      const { slope, curvature } = scaleDerivatives(storage, positions);
      const [down, middle, up] = [klAt(1 - step, storage), klAt(1, storage), klAt(1 + step, storage)];
      expect(slope).toBeCloseTo((up - down) / (2 * step), 6);
      expect(curvature).toBeCloseTo((up - 2 * middle + down) / step ** 2, 3);
    }
  });

  it('scaleDerivatives(sparse P, Y, θ = 0.5) approximates the exact ones through the tree', () => {
    const exact = scaleDerivatives(affinities, positions);
    const tree = scaleDerivatives(affinities, positions, 0.5);
    expect(Math.abs(tree.slope - exact.slope)).toBeLessThan(0.02 * Math.abs(exact.slope) + 1e-6);
    expect(Math.abs(tree.curvature - exact.curvature)).toBeLessThan(0.02 * Math.abs(exact.curvature));
  });

  it('scaleStep(derivatives) gives a factor s that lowers KL(s·Y), within its limit', () => {
    for (const spread of [0.05, 1, 20]) {
      const y = positions.map((value) => spread * value);
      const factor = scaleStep(scaleDerivatives(dense, y), 4);
      expect(factor).toBeGreaterThanOrEqual(0.25);
      expect(factor).toBeLessThanOrEqual(4);
      expect(klDivergence(dense, y.map((value) => factor * value))).toBeLessThan(klDivergence(dense, y));
    }
    // a faithful picture (the points' first two coordinates) wants to grow when tiny, to shrink when huge
    const source = randomPoints(count, 5, 1).values;
    const faithful = (spread: number) => Float64Array.from({ length: 2 * count }, (_, index) => spread * source[5 * (index >> 1) + (index & 1)]);
    expect(scaleStep(scaleDerivatives(dense, faithful(1e-3)))).toBe(1.25);
    expect(scaleStep(scaleDerivatives(dense, faithful(1e3)))).toBe(0.8);
  });

  it('scaleStep({slope, curvature}) follows the slope where the curvature is not positive, and is 1 on bad input', () => {
    expect(scaleStep({ slope: -1, curvature: -1 }, 2)).toBe(2);
    expect(scaleStep({ slope: 1, curvature: 0 }, 2)).toBe(0.5);
    expect(scaleStep({ slope: 0, curvature: 0 })).toBe(1);
    expect(scaleStep({ slope: Number.NaN, curvature: 1 })).toBe(1);
    expect(scaleStep({ slope: 1, curvature: Infinity })).toBe(1);
    // Newton in t = s²: t = 1 − slope / curvature = 1.44, so s = 1.2
    expect(scaleStep({ slope: -0.44, curvature: 1 })).toBeCloseTo(1.2, 12);
  });

  it('treeRepulsion is still exported here (it lives in quadTree)', () => {
    expect(typeof treeRepulsion).toBe('function');
  });
});
