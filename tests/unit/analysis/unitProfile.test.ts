import { describe, expect, it } from 'vitest';
import { unitProfile } from '@/lib/analysis/unitProfile';

// Four samples, two units, three classes (class 2 has no samples).
const activations = new Float32Array([
  1, 0,
  3, 5,
  0, 2,
  4, 1,
]);
const labels = new Int32Array([0, 0, 1, 1]);

describe('unitProfile', () => {
  it('averages a unit per class and names the class with the highest mean', () => {
    const first = unitProfile(activations, labels, 2, 0, 3, 2);
    expect(first.classMeans).toEqual([2, 2, 0]);
    expect(first.topClass).toBe(0);
    expect(first.topClassMean).toBe(2);
    const second = unitProfile(activations, labels, 2, 1, 3, 2);
    expect(second.classMeans).toEqual([2.5, 1.5, 0]);
    expect(second.topClass).toBe(0);
  });

  it('ranks samples by activation, ties going to the lower index', () => {
    const profile = unitProfile(activations, labels, 2, 0, 3, 2);
    expect(profile.top).toEqual([3, 1]);
    expect(profile.bottom).toEqual([2, 0]);
    expect(profile.silentFraction).toBe(0.25);
    const ties = unitProfile(new Float32Array([0, 0, 0]), new Int32Array([2, 1, 0]), 1, 0, 3, 2);
    expect(ties.top).toEqual([0, 1]);
    expect(ties.bottom).toEqual([0, 1]);
    expect(ties.silentFraction).toBe(1);
  });

  it('never returns NaN: non-finite activations count as 0, empty sets give −1', () => {
    const profile = unitProfile(new Float32Array([NaN, Infinity, 2]), new Int32Array([0, 1, 1]), 1, 0, 2, 8);
    expect(profile.classMeans).toEqual([0, 1]);
    expect(profile.topClass).toBe(1);
    expect(profile.top).toEqual([2, 0, 1]);
    const empty = unitProfile(new Float32Array(0), new Int32Array(0), 4, 1, 10);
    expect(empty.topClass).toBe(-1);
    expect(empty.topClassMean).toBe(0);
    expect(empty.classMeans.every((value) => value === 0)).toBe(true);
    expect(empty.top).toEqual([]);
  });

  it('picks the highest mean even when it is not the first class', () => {
    const profile = unitProfile(new Float32Array([0, 1, 9, 2]), new Int32Array([0, 1, 2, 2]), 1, 0, 3, 1);
    expect(profile.topClass).toBe(2);
    expect(profile.topClassMean).toBe(5.5);
    expect(profile.top).toEqual([2]);
  });
});
