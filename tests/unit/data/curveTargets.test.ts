import { describe, expect, it } from 'vitest';
import {
  curveTarget, decodeSamples, defaultDrawnSamples, drawnCurve, drawnSampleCount, drawnSampleX, encodeSamples, makeCurveDataset,
  quantiseSample, sampleCurve, sineCurve, stepCurve,
} from '@/lib/data/curveTargets';
import { wigglyCurve } from '@/lib/data/wiggly';

describe('curve targets', () => {
  it('sine, step and bumps are the named functions', () => {
    expect(curveTarget('sine')).toBe(sineCurve);
    expect(curveTarget('step')).toBe(stepCurve);
    expect(curveTarget('bumps')).toBe(wigglyCurve);
    expect(sineCurve(0.125)).toBeCloseTo(0.8 * Math.SQRT1_2, 9);
    expect([stepCurve(-0.01), stepCurve(0)]).toEqual([-0.6, 0.6]);
  });

  it('drawn samples sit evenly on [−1, 1], ends included', () => {
    expect(drawnSampleX(0)).toBe(-1);
    expect(drawnSampleX(drawnSampleCount - 1)).toBe(1);
    expect(drawnSampleX((drawnSampleCount - 1) / 2)).toBe(0);
  });

  it('encodeSamples and decodeSamples round-trip quantised values in one URL-safe character each', () => {
    const values = Array.from({ length: drawnSampleCount }, (_, index) => quantiseSample(Math.sin(index)));
    const text = encodeSamples(values);
    expect(text).toMatch(/^[A-Za-z0-9_-]{17}$/);
    const decoded = decodeSamples(text) as number[];
    decoded.forEach((value, index) => expect(value).toBeCloseTo(values[index], 12));
  });

  it('quantiseSample clamps to [−1, 1] and treats non-numbers as 0', () => {
    expect(quantiseSample(5)).toBe(1);
    expect(quantiseSample(-5)).toBe(-1);
    expect(Math.abs(quantiseSample(Number.NaN))).toBeLessThan(1 / 60);
  });

  it('decodeSamples refuses junk: wrong length or characters outside the alphabet', () => {
    expect(decodeSamples('')).toBeNull();
    expect(decodeSamples('A'.repeat(16))).toBeNull();
    expect(decodeSamples(`${'A'.repeat(16)}!`)).toBeNull();
    expect(decodeSamples(defaultDrawnSamples)).toHaveLength(drawnSampleCount);
  });

  it('the drawn curve passes through its samples and is smooth between them', () => {
    const values = decodeSamples(defaultDrawnSamples) as number[];
    const f = drawnCurve(values);
    values.forEach((value, index) => expect(f(drawnSampleX(index))).toBeCloseTo(value, 9));
    const h = 1e-4;
    const at = drawnSampleX(5);
    expect(Math.abs((f(at + h) - f(at)) / h - (f(at) - f(at - h)) / h)).toBeLessThan(1e-2);
  });

  it('a drawn target that does not decode falls back to the default drawing', () => {
    expect(curveTarget('drawn', 'junk')(0.3)).toBe(curveTarget('drawn')(0.3));
  });

  it('sampleCurve and makeCurveDataset sample f evenly, validating halfway between', () => {
    const { xs, ys } = sampleCurve(sineCurve, 5);
    expect(Array.from(xs)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(ys[3]).toBeCloseTo(sineCurve(0.5), 12);
    const { train, validation } = makeCurveDataset(stepCurve, 5);
    expect(Array.from(train.inputs)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Array.from(validation.inputs)).toEqual([-0.75, -0.25, 0.25, 0.75]);
    expect(Array.from(validation.targets ?? [])).toEqual([-0.6, -0.6, 0.6, 0.6].map(Math.fround));
    expect(train).toMatchObject({ count: 5, inputSize: 1, classes: 1, targetSize: 1 });
  });
});
