import { describe, expect, it } from 'vitest';
import { fieldPixels, mixRgb, shadeOf } from '@/components/charts/paint';

describe('fieldPixels', () => {
  const low: [number, number, number] = [200, 100, 0];
  const middle: [number, number, number] = [250, 250, 250];
  const high: [number, number, number] = [0, 100, 200];

  it('puts the grid row at yMax on top and colours p = 0, ½, 1 as low, middle, high (at 60%)', () => {
    // 2 × 2 grid, x fastest, y upward: bottom row p = 0 then ½, top row 1 then NaN.
    const pixels = fieldPixels([0, 0.5, 1, Number.NaN], 2, low, middle, high);
    const pixel = (index: number) => Array.from(pixels.slice(4 * index, 4 * index + 4));
    expect(pixel(0)).toEqual([100, 160, 220, 255]); // top left: p = 1, 60% of the way to high
    expect(pixel(1)).toEqual([250, 250, 250, 255]); // top right: not finite, drawn as ½
    expect(pixel(2)).toEqual([220, 160, 100, 255]); // bottom left: p = 0
    expect(pixel(3)).toEqual([250, 250, 250, 255]); // bottom right: p = ½
  });
});

describe('region shades', () => {
  it('gives a pattern the same shade every time, and neighbouring patterns different ones', () => {
    const a = Uint8Array.from([1, 0, 1, 1]);
    expect(shadeOf(a)).toBe(shadeOf(Uint8Array.from([1, 0, 1, 1])));
    const shades = new Set([[0, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]].map((pattern) => shadeOf(pattern)));
    expect(shades.size).toBeGreaterThan(2);
    for (const shade of shades) expect(shade).toBeGreaterThan(0);
  });

  it('mixes two colours by a share', () => {
    expect(mixRgb([0, 0, 0], [200, 100, 50], 0.5)).toBe('rgb(100,50,25)');
  });
});
