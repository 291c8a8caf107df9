import { describe, expect, it } from 'vitest';
import { conditionalRow, exactAffinities, sparseAffinities } from '@/lib/analysis/tsneAffinities';
import { nearestNeighbours, squaredDistances } from '@/lib/analysis/points';
import { makeRandom } from '@/lib/random';

function randomPoints(count: number, dimension: number, seed: number) {
  const random = makeRandom(seed);
  return { count, dimension, values: Float64Array.from({ length: count * dimension }, () => random.normal()) };
}

/** Perplexity e^H of a distribution (H in nats). */
function perplexityOf(row: ArrayLike<number>): number {
  let entropy = 0;
  for (let j = 0; j < row.length; j++) if (row[j] > 0) entropy -= row[j] * Math.log(row[j]);
  return Math.exp(entropy);
}

describe('tsneAffinities', () => {
  it('conditionalRow(distances, n, perplexity) hits the target perplexity and sums to 1', () => {
    const random = makeRandom(1);
    const distances = Float64Array.from({ length: 200 }, () => 10 * random.next());
    const row = new Float64Array(200);
    const beta = conditionalRow(distances, 200, 20, row, 7);
    expect(beta).toBeGreaterThan(0);
    expect(row[7]).toBe(0);
    expect(row.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
    expect(perplexityOf(row)).toBeCloseTo(20, 2);
  });

  it('conditionalRow(far-apart distances) puts the mass on the nearest', () => {
    const row = new Float64Array(4);
    conditionalRow(Float64Array.of(0, 1, 1e6, 2e6), 4, 1, row);
    expect(row[0]).toBeGreaterThan(0.99);
  });

  it('exactAffinities(points, perplexity) is symmetric, sums to 1, zero on the diagonal', () => {
    const { count, values } = exactAffinities(randomPoints(60, 4, 2), 10);
    let total = 0;
    for (let i = 0; i < count; i++) {
      expect(values[i * count + i]).toBe(0);
      for (let j = 0; j < count; j++) {
        total += values[i * count + j];
        expect(values[i * count + j]).toBe(values[j * count + i]);
      }
    }
    expect(total).toBeCloseTo(1, 12);
  });

  it('sparseAffinities(points, perplexity) is symmetric CSR over ⌊3·perplexity⌋ neighbours, sums to 1', () => {
    const sparse = sparseAffinities(randomPoints(100, 3, 3), 5);
    const entries = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < sparse.count; i++) {
      const row = Array.from(sparse.columns.subarray(sparse.rowStarts[i], sparse.rowStarts[i + 1]));
      expect(row.length).toBeGreaterThanOrEqual(15);
      expect([...row].sort((a, b) => a - b)).toEqual(row);
      for (let entry = sparse.rowStarts[i]; entry < sparse.rowStarts[i + 1]; entry++) {
        entries.set(`${i},${sparse.columns[entry]}`, sparse.values[entry]);
        total += sparse.values[entry];
      }
    }
    for (const [key, value] of entries) {
      const [i, j] = key.split(',');
      expect(entries.get(`${j},${i}`)).toBeCloseTo(value, 15);
    }
    expect(total).toBeCloseTo(1, 12);
  });

  it('conditionalRow(distances, n, perplexity, out, skip, initialBeta) lands on the same β from a warm start', () => {
    const random = makeRandom(4);
    const distances = Float64Array.from({ length: 300 }, () => 20 * random.next());
    const cold = new Float64Array(300), warm = new Float64Array(300);
    const beta = conditionalRow(distances, 300, 30, cold, 3);
    for (const start of [beta * 0.9, beta * 3, 1e-9, Number.NaN]) {
      expect(conditionalRow(distances, 300, 30, warm, 3, start)).toBeCloseTo(beta, 3);
      expect(perplexityOf(warm)).toBeCloseTo(30, 2);
    }
  });

  it('exactAffinities(points, perplexity) equals the plain construction (cold-start β on every full row)', () => {
    const points = randomPoints(250, 6, 5);
    const { values } = exactAffinities(points, 20);
    const distances = squaredDistances(points);
    const conditional = new Float64Array(250 * 250);
    for (let i = 0; i < 250; i++) conditionalRow(distances.subarray(i * 250, (i + 1) * 250), 250, 20, conditional.subarray(i * 250, (i + 1) * 250), i);
    let worst = 0;
    for (let i = 0; i < 250; i++) {
      for (let j = 0; j < 250; j++) {
        const expected = (conditional[i * 250 + j] + conditional[j * 250 + i]) / 500;
        worst = Math.max(worst, Math.abs(values[i * 250 + j] - expected) - 1e-3 * expected);
      }
    }
    expect(worst).toBeLessThanOrEqual(1e-15);
  });

  it('sparseAffinities(points, perplexity) keeps exactly the union of the kNN lists nearestNeighbours gives, ties included', () => {
    // integer grid points: many equal distances, so ties must go to the lower index as in nearestNeighbours
    const points = { count: 64, dimension: 2, values: Float64Array.from({ length: 128 }, (_, index) => (index % 2 === 0 ? (index >> 1) % 8 : (index >> 1) >> 3)) };
    const sparse = sparseAffinities(points, 2);
    const lists = nearestNeighbours(points, 6);
    for (let i = 0; i < 64; i++) {
      const expected = new Set<number>(lists.subarray(i * 6, (i + 1) * 6));
      for (let j = 0; j < 64; j++) if (lists.subarray(j * 6, (j + 1) * 6).includes(i)) expected.add(j);
      expect(Array.from(sparse.columns.subarray(sparse.rowStarts[i], sparse.rowStarts[i + 1]))).toEqual([...expected].sort((a, b) => a - b));
    }
  });

  it('sparseAffinities(points, perplexity) lists a neighbour once even when its p underflows to 0', () => {
    // two tight quadruples far apart: 3 and 4 list each other, each with p = e^{−β·10⁶} = 0
    const points = { count: 8, dimension: 1, values: Float64Array.of(0, 1, 2, 3, 1000, 1001, 1002, 1003) };
    const sparse = sparseAffinities(points, 2);
    for (let i = 0; i < 8; i++) {
      const row = Array.from(sparse.columns.subarray(sparse.rowStarts[i], sparse.rowStarts[i + 1]));
      expect(new Set(row).size).toBe(row.length);
    }
    const row3 = Array.from(sparse.columns.subarray(sparse.rowStarts[3], sparse.rowStarts[4]));
    expect(sparse.values[sparse.rowStarts[3] + row3.indexOf(4)]).toBe(0);
  });
});
