import { describe, expect, it } from 'vitest';
import { classifyFit, trailingAverage, type CurvePoint } from '@/lib/analysis/fitRegime';

/** Curves sampled every 10 steps up to `steps` from functions of the step. */
function curves(steps: number, at: (step: number) => Omit<CurvePoint, 'step'>): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let step = 10; step <= steps; step += 10) points.push({ step, ...at(step) });
  return points;
}

describe('trailingAverage(points, key, width)', () => {
  it('averages over the points whose step lies in (step − width, step]', () => {
    const points = [10, 20, 30, 40].map((step) => ({ step, trainLoss: step, validationLoss: 0, trainAccuracy: 0, validationAccuracy: 0 }));
    expect(trailingAverage(points, 'trainLoss', 20)).toEqual([10, 15, 25, 35]);
    expect(trailingAverage(points, 'trainLoss', 1)).toEqual([10, 20, 30, 40]);
  });
});

describe('classifyFit(points)', () => {
  it('gives no verdict without points or before the minimum number of steps', () => {
    expect(classifyFit([]).regime).toBe('pending');
    const early = curves(100, () => ({ trainLoss: 0.1, validationLoss: 0.1, trainAccuracy: 1, validationAccuracy: 1 }));
    expect(classifyFit(early)).toMatchObject({ regime: 'pending', evidence: 'tooEarly' });
  });

  it('calls low training accuracy underfitting, even when validation is as low', () => {
    const flat = curves(2000, () => ({ trainLoss: 0.69, validationLoss: 0.7, trainAccuracy: 0.56, validationAccuracy: 0.55 }));
    expect(classifyFit(flat)).toMatchObject({ regime: 'underfit', evidence: 'lowTrainAccuracy' });
  });

  it('calls validation loss climbing from its minimum while training loss falls overfitting, and says where the minimum was', () => {
    const run = curves(3000, (step) => ({
      trainLoss: 0.5 * Math.exp(-step / 500),
      validationLoss: 0.4 + ((step - 500) / 1000) ** 2,
      trainAccuracy: 0.97,
      validationAccuracy: 0.9,
    }));
    const verdict = classifyFit(run);
    expect(verdict).toMatchObject({ regime: 'overfit', evidence: 'validationLossRising' });
    expect(verdict.bestStep).toBeGreaterThan(400);
    expect(verdict.bestStep).toBeLessThan(800);
    expect(verdict.validationLoss).toBeGreaterThan(verdict.bestValidationLoss + 1);
  });

  it('does not call a rise overfitting when training loss rose too (a bad stretch of training, not memorising)', () => {
    const run = curves(3000, (step) => ({
      trainLoss: 0.1 + step / 10000,
      validationLoss: 0.2 + step / 5000,
      trainAccuracy: 0.95,
      validationAccuracy: 0.94,
    }));
    expect(classifyFit(run).regime).toBe('goodFit');
  });

  it('calls a wide accuracy gap overfitting even when validation loss is flat', () => {
    const run = curves(2000, () => ({ trainLoss: 0.05, validationLoss: 0.5, trainAccuracy: 0.99, validationAccuracy: 0.8 }));
    expect(classifyFit(run)).toMatchObject({ regime: 'overfit', evidence: 'accuracyGap' });
  });

  it('calls high, close accuracies with a small wobble in validation loss a good fit', () => {
    const run = curves(3000, (step) => ({
      trainLoss: 0.05,
      validationLoss: 0.13 + 0.03 * Math.sin(step / 50) + step / 100000,
      trainAccuracy: 0.98,
      validationAccuracy: 0.96,
    }));
    expect(classifyFit(run)).toMatchObject({ regime: 'goodFit', evidence: 'highAndClose' });
  });

  it('is not fooled by one spike: the trailing average smooths it away', () => {
    const run = curves(3000, (step) => ({
      trainLoss: 0.05,
      validationLoss: step === 3000 ? 2 : 0.15,
      trainAccuracy: 0.98,
      validationAccuracy: 0.96,
    }));
    expect(classifyFit(run).regime).toBe('goodFit');
  });
});
