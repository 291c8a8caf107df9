import { describe, expect, it } from 'vitest';
import { appendAccuracy, chanceAccuracy, epochsToMemorise } from '@/lib/analysis/memorisation';

describe('epochsToMemorise(curve)', () => {
  it('is the epoch of the first measurement at 100% training accuracy', () => {
    expect(epochsToMemorise([0, 0.1, 0.1, 1.5, 0.6, 0.2, 3, 0.998, 0.1, 4.5, 1, 0.1, 6, 1, 0.1])).toBe(4.5);
  });

  it('is null while one training label is still wrong', () => {
    expect(epochsToMemorise([0, 0.1, 0.1, 10, 499 / 500, 0.1])).toBeNull();
    expect(epochsToMemorise([])).toBeNull();
  });

  it('takes accuracy that rounds to 1 as 100%, and ignores the validation column', () => {
    expect(epochsToMemorise([2, 1 - 1e-9, 0.1])).toBe(2);
    expect(epochsToMemorise([2, 0.5, 1, 3, 0.6, 1])).toBeNull();
  });

  it('ignores a trailing incomplete point', () => {
    expect(epochsToMemorise([1, 0.5, 0.1, 2, 1])).toBeNull();
  });
});

describe('appendAccuracy(curve, epoch, train, validation)', () => {
  it('appends triples in epoch order', () => {
    const curve: number[] = [];
    expect(appendAccuracy(curve, 0, 0.1, 0.1)).toBe(true);
    expect(appendAccuracy(curve, 0.5, 0.3, 0.2)).toBe(true);
    expect(curve).toEqual([0, 0.1, 0.1, 0.5, 0.3, 0.2]);
  });

  it('refuses a measurement at or before the last epoch, and non-finite numbers', () => {
    const curve = [1, 0.5, 0.4];
    expect(appendAccuracy(curve, 1, 0.6, 0.4)).toBe(false);
    expect(appendAccuracy(curve, 0.5, 0.6, 0.4)).toBe(false);
    expect(appendAccuracy(curve, 2, Number.NaN, 0.4)).toBe(false);
    expect(appendAccuracy(curve, Number.POSITIVE_INFINITY, 0.6, 0.4)).toBe(false);
    expect(curve).toEqual([1, 0.5, 0.4]);
  });
});

describe('chanceAccuracy(classes)', () => {
  it('is 1/k', () => {
    expect(chanceAccuracy(10)).toBeCloseTo(0.1, 12);
    expect(chanceAccuracy(2)).toBe(0.5);
    expect(chanceAccuracy(0)).toBe(0);
  });
});
