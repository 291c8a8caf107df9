import { describe, expect, it } from 'vitest';
import { conditionalRow, exactAffinities, sparseAffinities } from '@/lib/analysis/tsneAffinities';
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
});
