import { describe, expect, it } from 'vitest';
import { hashString, makeRandom } from '@/lib/random';

function draws(seed: number, count = 5): number[] {
  const random = makeRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe('makeRandom(seed)', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it('keeps its sequence: shared links made before any change still reproduce', () => {
    expect(draws(42, 3)).toEqual([0.6642114536371082, 0.9630267398897558, 0.262362563284114]);
  });

  it('folds any finite seed to 32 bits and treats junk as 0', () => {
    expect(draws(2 ** 32 + 5)).toEqual(draws(5));
    expect(draws(Number.NaN)).toEqual(draws(0));
  });

  it('next() stays in [0, 1) and fills it evenly', () => {
    const random = makeRandom(1);
    const bins = new Array(10).fill(0);
    for (let index = 0; index < 20_000; index++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      bins[Math.floor(value * 10)]++;
    }
    for (const count of bins) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('uniform(low, high) and int(n) respect their bounds', () => {
    const random = makeRandom(2);
    for (let index = 0; index < 1000; index++) {
      const value = random.uniform(-3, 2);
      expect(value).toBeGreaterThanOrEqual(-3);
      expect(value).toBeLessThan(2);
      const integer = random.int(6);
      expect(Number.isInteger(integer) && integer >= 0 && integer < 6).toBe(true);
    }
  });

  it('normal() has mean 0 and variance 1', () => {
    const random = makeRandom(3);
    const values = Array.from({ length: 40_000 }, () => random.normal());
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });

  it('shuffle() and shuffleInPlace() permute arrays and typed arrays, seeded', () => {
    const list = makeRandom(4).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...list].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(list).toEqual(makeRandom(4).shuffle([1, 2, 3, 4, 5, 6, 7, 8]));
    const typed = makeRandom(4).shuffleInPlace(Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    expect([...typed]).toEqual(list);
  });

  it('fork(label) gives reproducible streams that differ by label', () => {
    const first = makeRandom(9).fork('init');
    const again = makeRandom(9).fork('init');
    const other = makeRandom(9).fork('batches');
    expect(first.next()).toBe(again.next());
    expect(makeRandom(9).fork('init').next()).not.toBe(other.next());
  });
});

describe('hashString(text)', () => {
  it('is the 32-bit FNV-1a hash', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
