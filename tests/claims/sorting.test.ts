/**
 * Claims the "why structure emerges" article makes about its sorting race (the caption of the
 * `sorting` demo), checked by computation over many shuffles rather than quoted.
 */
import { describe, expect, it } from 'vitest';
import { buildTraces, radixPasses, raceSteps } from '@/lib/analysis/sortingTraces';

const seeds = Array.from({ length: 20 }, (_, index) => index + 1);

describe('claims: the sorting race', () => {
  it('a fresh shuffle of 100 bars scores τ near 0; every sort ends at τ = 1', () => {
    for (const seed of seeds) {
      const { comparison, radix } = buildTraces(100, seed, 'insertion', 10);
      expect(Math.abs(comparison.tau[0])).toBeLessThan(0.2);
      expect(comparison.tau[comparison.indices.length]).toBe(1);
      expect(radix.tau[radix.indices.length]).toBe(1);
    }
  });

  it('insertion sort’s τ climbs steadily: higher at every tenth of its writes than at the tenth before', () => {
    for (const seed of seeds) {
      const { comparison } = buildTraces(100, seed, 'insertion', 10);
      const tenth = comparison.indices.length / 10;
      for (let part = 1; part <= 10; part++) expect(comparison.tau[Math.round(part * tenth)]).toBeGreaterThan(comparison.tau[Math.round((part - 1) * tenth)]);
    }
  });

  it('base-10 radix sort of 100 bars stays near τ = 0 through its first pass (of two) and rises only in its last one', () => {
    for (const seed of seeds) {
      const { radix } = buildTraces(100, seed, 'insertion', 10);
      expect(radix.passEnds).toEqual([100, 200]);
      for (let k = 0; k <= 100; k++) expect(Math.abs(radix.tau[k])).toBeLessThan(0.25);
      expect(radix.tau[150]).toBeLessThan(0.9);
    }
  });

  it('halfway through its writes, insertion sort is more ordered than the radix sort on every shuffle, merge sort on average', () => {
    let mergeMargin = 0;
    for (const seed of seeds) {
      const insertion = buildTraces(100, seed, 'insertion', 10);
      const merge = buildTraces(100, seed, 'merge', 10);
      expect(insertion.comparison.tau[Math.floor(insertion.comparison.indices.length / 2)]).toBeGreaterThan(insertion.radix.tau[100] + 0.2);
      mergeMargin += merge.comparison.tau[Math.floor(merge.comparison.indices.length / 2)] - merge.radix.tau[100];
    }
    expect(mergeMargin / seeds.length).toBeGreaterThan(0.15);
  });

  it('base 2 takes seven passes over 100 bars, and its early passes still look like noise', () => {
    expect(radixPasses(100, 2)).toBe(7);
    for (const seed of seeds) {
      const { radix } = buildTraces(100, seed, 'insertion', 2);
      for (const end of radix.passEnds.slice(0, 3)) expect(Math.abs(radix.tau[end])).toBeLessThan(0.25);
    }
  });

  it('in a race of equal writes per second the radix sort of 100 bars finishes first', () => {
    for (const sort of ['insertion', 'merge'] as const) {
      const { comparison, radix } = buildTraces(100, 1, sort, 10);
      const longest = Math.max(comparison.indices.length, radix.indices.length);
      expect(radix.indices.length).toBeLessThan(comparison.indices.length);
      expect(raceSteps(radix.indices.length, radix.indices.length, longest, 'race')).toBe(radix.indices.length);
      expect(raceSteps(radix.indices.length, comparison.indices.length, longest, 'race')).toBeLessThan(comparison.indices.length);
    }
  });
});
