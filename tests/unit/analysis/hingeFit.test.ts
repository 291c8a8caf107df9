import { describe, expect, it } from 'vitest';
import { constructHingeFits } from '@/lib/analysis/hingeFit';
import { evaluateShallow, hingePosition, measureFitError } from '@/lib/analysis/shallowNetwork';
import { sampleCurve, sineCurve, stepCurve } from '@/lib/data/curveTargets';
import { wigglyCurve } from '@/lib/data/wiggly';

const fitsFor = (f: (x: number) => number, units: number) => {
  const { xs, ys } = sampleCurve(f, 161);
  return constructHingeFits(xs, ys, units);
};
const maxError = (fit: ReturnType<typeof fitsFor>[number], f: (x: number) => number) => measureFitError((x) => evaluateShallow(fit, x), f, -1, 1).maxError;

describe('constructHingeFits(xs, ys, units)', () => {
  it('returns one fit per width, each with that many units', () => {
    const fits = fitsFor(sineCurve, 6);
    expect(fits.map((fit) => fit[0].units)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps every earlier hinge and adds one new one per unit', () => {
    const fits = fitsFor(wigglyCurve, 8);
    for (let width = 1; width < fits.length; width++) {
      const before = Array.from({ length: width }, (_, unit) => hingePosition(fits[width - 1], unit));
      const after = Array.from({ length: width + 1 }, (_, unit) => hingePosition(fits[width], unit));
      expect(after.slice(0, width)).toEqual(before);
      expect(before).not.toContain(after[width]);
    }
  });

  it('fits a straight line with one unit (a hinge at the left end)', () => {
    const [fit] = fitsFor((x) => 0.3 + 0.7 * x, 1);
    expect(hingePosition(fit, 0)).toBeCloseTo(-1, 6);
    expect(evaluateShallow(fit, 0.5)).toBeCloseTo(0.65, 4);
    expect(maxError(fit, (x) => 0.3 + 0.7 * x)).toBeLessThan(1e-5);
  });

  it('reproduces a piecewise-linear target exactly once its bends are hinges', () => {
    const tent = (x: number) => 1 - Math.abs(x);
    const fits = fitsFor(tent, 3);
    const hinges = [0, 1, 2].map((unit) => hingePosition(fits[2], unit) as number);
    expect(hinges.some((hinge) => Math.abs(hinge) < 1e-6)).toBe(true);
    expect(maxError(fits[2], tent)).toBeLessThan(1e-5);
  });

  it('shrinks the error of smooth targets as units are added: 1 > 4 > 16 > 32 units', () => {
    for (const f of [sineCurve, wigglyCurve]) {
      const fits = fitsFor(f, 32);
      const errors = [1, 4, 16, 32].map((width) => maxError(fits[width - 1], f));
      for (let index = 1; index < errors.length; index++) expect(errors[index]).toBeLessThan(errors[index - 1]);
      expect(errors[3]).toBeLessThan(0.05);
    }
  });

  it('cannot close a jump: the max error of a step stays near half the jump', () => {
    const fits = fitsFor(stepCurve, 32);
    expect(maxError(fits[31], stepCurve)).toBeGreaterThan(0.5);
    expect(measureFitError((x) => evaluateShallow(fits[31], x), stepCurve, -1, 1).rmsError).toBeLessThan(measureFitError((x) => evaluateShallow(fits[0], x), stepCurve, -1, 1).rmsError);
  });

  it('cuts the squared error at every added unit', () => {
    const { xs, ys } = sampleCurve(wigglyCurve, 161);
    const fits = constructHingeFits(xs, ys, 24);
    const rms = fits.map((fit) => measureFitError((x) => evaluateShallow(fit, x), wigglyCurve, -1, 1).rmsError);
    for (let index = 1; index < rms.length; index++) expect(rms[index]).toBeLessThanOrEqual(rms[index - 1] * 1.02);
  });

  it('builds 64 units quickly enough for the main thread', () => {
    const { xs, ys } = sampleCurve(wigglyCurve, 161);
    const started = performance.now();
    constructHingeFits(xs, ys, 64);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('never uses more units than there are sample intervals', () => {
    const fits = constructHingeFits([-1, 0, 1], [0, 1, 0], 10);
    expect(fits).toHaveLength(2);
  });
});
