import { describe, expect, it } from 'vitest';
import {
  comparisonTrace,
  insertionSortWrites,
  kendallTau,
  mergeSortWrites,
  radixPasses,
  raceSteps,
  radixSortWrites,
  radixTrace,
  shuffledBars,
  stateAt,
  tauAtHalf,
} from '@/lib/analysis/sortingTraces';

const sorted = (n: number) => Array.from({ length: n }, (_, index) => index);

describe('sortingTraces', () => {
  it('shuffledBars(n, seed) is a permutation of 0 … n−1, fixed by the seed', () => {
    const bars = shuffledBars(50, 7);
    expect([...bars].sort((a, b) => a - b)).toEqual(sorted(50));
    expect([...shuffledBars(50, 7)]).toEqual([...bars]);
    expect([...shuffledBars(50, 8)]).not.toEqual([...bars]);
  });

  it('each sort leaves the array sorted, and its writes replay to the same array', () => {
    for (const writes of [insertionSortWrites, mergeSortWrites, (a: Int32Array) => radixSortWrites(a, 10), (a: Int32Array) => radixSortWrites(a, 2)]) {
      const array = shuffledBars(73, 3);
      const replay = array.slice();
      for (const write of writes(array)) if (write !== 'pass') replay[write[0]] = write[1];
      expect([...array]).toEqual(sorted(73));
      expect([...replay]).toEqual(sorted(73));
    }
  });

  it('insertion sort writes nothing on a sorted array; a reversed one of 4 takes 6 shifts + 3 drops', () => {
    expect([...insertionSortWrites(Int32Array.from(sorted(5)))]).toEqual([]);
    expect([...insertionSortWrites(Int32Array.of(3, 2, 1, 0))]).toHaveLength(9);
  });

  it('merge sort writes every element once per level: 4 elements, 2 levels, 8 writes', () => {
    expect([...mergeSortWrites(Int32Array.of(2, 0, 3, 1))]).toHaveLength(8);
  });

  it('radixPasses counts the digits of n−1; each radix pass writes every element once', () => {
    expect(radixPasses(100, 10)).toBe(2);
    expect(radixPasses(101, 10)).toBe(3);
    expect(radixPasses(200, 16)).toBe(2);
    expect(radixPasses(64, 2)).toBe(6);
    expect(radixPasses(1, 10)).toBe(1);
    const trace = radixTrace(shuffledBars(100, 1), 10);
    expect(trace.indices.length).toBe(200);
    expect(trace.passEnds).toEqual([100, 200]);
  });

  it('kendallTau is 1 sorted, −1 reversed, and ignores ties', () => {
    expect(kendallTau(sorted(6))).toBe(1);
    expect(kendallTau([5, 4, 3, 2, 1])).toBe(-1);
    expect(kendallTau([0, 2, 1])).toBeCloseTo(1 / 3);
    expect(kendallTau([1, 1])).toBe(0);
  });

  it('the τ recorded after every write equals τ recounted from scratch', () => {
    for (const trace of [comparisonTrace(shuffledBars(30, 5), 'insertion'), comparisonTrace(shuffledBars(30, 5), 'merge'), radixTrace(shuffledBars(30, 5), 4)]) {
      for (let k = 0; k <= trace.indices.length; k += 7) expect(trace.tau[k]).toBeCloseTo(kendallTau(stateAt(trace, k)), 12);
      expect(trace.tau[trace.indices.length]).toBe(1);
      expect([...stateAt(trace, Infinity)]).toEqual(sorted(30));
    }
  });

  it('halfway, insertion and merge sort are well ordered while radix sort still looks shuffled', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const bars = shuffledBars(100, seed);
      expect(tauAtHalf(comparisonTrace(bars, 'insertion'))).toBeGreaterThan(0.4);
      expect(tauAtHalf(comparisonTrace(bars, 'merge'))).toBeGreaterThan(0.15);
      expect(Math.abs(tauAtHalf(radixTrace(bars, 10)))).toBeLessThan(0.15);
      expect(Math.abs(tauAtHalf(radixTrace(bars, 2)))).toBeLessThan(0.3);
    }
  });

  it('insertion sort gains order steadily: each shift-and-drop raises τ, never lowers it for long', () => {
    const trace = comparisonTrace(shuffledBars(100, 2), 'insertion');
    const quarter = Math.floor(trace.indices.length / 4);
    const marks = [0, 1, 2, 3, 4].map((part) => trace.tau[part * quarter]);
    for (let part = 1; part < marks.length; part++) expect(marks[part]).toBeGreaterThan(marks[part - 1]);
  });
});

describe('raceSteps', () => {
  it('racing, each sort makes the clock’s writes and the shorter one then waits', () => {
    expect(raceSteps(50, 200, 1000, 'race')).toBe(50);
    expect(raceSteps(500, 200, 1000, 'race')).toBe(200);
    expect(raceSteps(5000, 1000, 1000, 'race')).toBe(1000);
  });
  it('sharing, each sort has made the same fraction of its own writes', () => {
    expect(raceSteps(500, 200, 1000, 'share')).toBe(100);
    expect(raceSteps(1000, 200, 1000, 'share')).toBe(200);
    expect(raceSteps(-3, 200, 1000, 'share')).toBe(0);
    expect(raceSteps(0, 0, 0, 'share')).toBe(0);
  });
});
