import { describe, expect, it } from 'vitest';
import { pathCoordinate, polylinePath } from '@/components/charts/pathData';

describe('pathData', () => {
  it('writes coordinates with one decimal, never an exponent or NaN', () => {
    expect(pathCoordinate(12.345)).toBe('12.3');
    expect(pathCoordinate(-2.3e40)).toBe('-100000.0');
    expect(pathCoordinate(Infinity)).toBe('100000.0');
    expect(pathCoordinate(Number.NaN)).toBe('0.0');
  });

  it('polylinePath stays valid path data for any input', () => {
    const path = polylinePath([0, 1, 1, 1e40, 2, -Infinity, 3], (v) => v * 10, (v) => v);
    expect(path).toBe('M0.0,1.0L10.0,100000.0L20.0,-100000.0');
    expect(path).toMatch(/^[ML0-9.,-]+$/);
  });
});
