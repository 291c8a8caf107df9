/**
 * Claims the universal demo's caption makes (content/choosing-an-architecture.mdx), checked by
 * running what the demo runs: the constructed fits' max errors on the sine, the step's floor of
 * half the jump, and real training runs at the same widths.
 */
import { describe, expect, it } from 'vitest';
import { evaluateShallow } from '@/lib/analysis/shallowNetwork';
import { createSession } from '@/lib/nn/session';
import { fitError, hyperParameters, makeSpec, maxSteps, targetModel } from '@/components/widgets/Universal/model';
import { defaultDrawnSamples } from '@/lib/data/curveTargets';

/** The value as the caption prints it: two significant digits. */
const printed = (value: number) => Number(value.toPrecision(2));

describe('claims: the universal demo', () => {
  it('the constructed sine fit’s max error falls from 0.95 (1 unit) to 0.045 (16) and 0.0030 (64)', () => {
    const { constructedErrors } = targetModel('sine', defaultDrawnSamples);
    expect(printed(constructedErrors[0].maxError)).toBe(0.95);
    expect(printed(constructedErrors[15].maxError)).toBe(0.045);
    expect(printed(constructedErrors[63].maxError)).toBe(0.003);
  });

  it('each added unit is one new hinge: the constructed fit with n units bends at n distinct points', () => {
    const { constructed } = targetModel('sine', defaultDrawnSamples);
    for (const n of [1, 5, 16]) {
      const hinges = new Set(Array.from(constructed[n - 1][0].bias ?? [], (bias) => -bias));
      expect(hinges.size).toBe(n);
    }
  });

  it('on the step, the max error never drops below half the jump (0.6) at any width', () => {
    const { constructedErrors } = targetModel('step', defaultDrawnSamples);
    // The supremum is at least 0.6 for any continuous fit; the grid of 1,001 points finds it to 3 digits.
    for (const error of constructedErrors) expect(Number(error.maxError.toPrecision(3))).toBeGreaterThanOrEqual(0.6);
  });

  it('trained nets (default seed) usually land above the constructed line: at 4 and 16 units on the sine', () => {
    const model = targetModel('sine', defaultDrawnSamples);
    for (const units of [4, 16]) {
      const session = createSession({ spec: makeSpec(units), data: model.dataset, hyper: hyperParameters, seed: 1, engine: 'typed' });
      const weights = session.step(maxSteps, { weights: true }).weights;
      expect(weights).toBeDefined();
      const trained = fitError(weights!, model.f).maxError;
      expect(trained).toBeGreaterThan(model.constructedErrors[units - 1].maxError);
      expect(Number.isFinite(evaluateShallow(weights!, 0))).toBe(true);
    }
  });
});
