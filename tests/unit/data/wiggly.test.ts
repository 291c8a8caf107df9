import { describe, expect, it } from 'vitest';
import { makeWigglyCurve, makeWigglySurface, wigglyCurve, wigglySurface } from '@/lib/data/wiggly';

describe('wiggly targets', () => {
  it('makeWigglyCurve(n) samples f on an even grid of [−1, 1] and validates halfway between', () => {
    const { train, validation } = makeWigglyCurve(5);
    expect(Array.from(train.inputs)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(validation.inputs)).toEqual([-0.75, -0.25, 0.25, 0.75]);
    expect(train.targets?.[3]).toBeCloseTo(wigglyCurve(0.5), 6);
    expect(train).toMatchObject({ count: 5, inputSize: 1, classes: 1, targetSize: 1 });
    expect(validation.count).toBe(4);
  });

  it('makeWigglySurface(side) covers [−1, 1]² with side² samples, x varying fastest', () => {
    const { train, validation } = makeWigglySurface(3);
    expect(Array.from(train.inputs.slice(0, 8))).toEqual([-1, -1, 0, -1, 1, -1, -1, 0]);
    expect(train.count).toBe(9);
    expect(validation.count).toBe(4);
    expect(Array.from(validation.inputs.slice(0, 4))).toEqual([-0.5, -0.5, 0.5, -0.5]);
    expect(train.targets?.[4]).toBeCloseTo(wigglySurface(0, 0), 6);
  });

  it('the targets are wiggly: several local extrema, and bounded by 1', () => {
    const { train } = makeWigglyCurve(400);
    const y = Array.from(train.targets ?? []);
    let turns = 0;
    for (let index = 1; index < y.length - 1; index++) if ((y[index] - y[index - 1]) * (y[index + 1] - y[index]) < 0) turns++;
    expect(turns).toBeGreaterThanOrEqual(6);
    expect(Math.max(...y.map(Math.abs))).toBeLessThan(1);
    const surface = Array.from(makeWigglySurface(30).train.targets ?? []);
    expect(Math.max(...surface.map(Math.abs))).toBeLessThan(1);
    expect(Math.max(...surface) - Math.min(...surface)).toBeGreaterThan(1);
  });
});
