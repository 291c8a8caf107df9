/**
 * What the fit demo's caption and the prose before it (content/choosing-an-architecture.mdx)
 * say, checked by training the demo's presets exactly as the worker would (typed engine).
 */
import { describe, expect, it } from 'vitest';
import { classifyFit, defaultFitThresholds, type CurvePoint, type FitVerdict } from '@/lib/analysis/fitRegime';
import { createSession } from '@/lib/nn/session';
import { fitData, fitHyper, fitSpec, MAX_STEPS, presets, type FitState, type PresetName } from '@/components/widgets/Fit/config';
import { MAX_LAYERS, MAX_UNITS } from '@/components/widgets/Fit/state';

/** A full run of a preset (with changes), snapshotted every 20 updates as the curves would be. */
function run(name: PresetName, seed: number, changes: Partial<FitState> = {}): FitVerdict {
  const state = { ...presets[name].values, engine: 'typed', ...changes, seed } as FitState;
  const session = createSession({ spec: fitSpec(state), data: fitData(state), hyper: fitHyper(state), seed, engine: 'typed' });
  const points: CurvePoint[] = [];
  for (let step = 0; step < MAX_STEPS; step += 20) {
    const snapshot = session.step(20);
    points.push({
      step: snapshot.step, trainLoss: snapshot.trainLoss, validationLoss: snapshot.validationLoss,
      trainAccuracy: snapshot.trainAccuracy ?? 0, validationAccuracy: snapshot.validationAccuracy ?? 0,
    });
  }
  session.dispose();
  return classifyFit(points);
}

describe('the lab’s caps and the marker’s rule, as the prose states them', () => {
  it('allows up to 10 layers of 32 units; underfit below 85% training accuracy, overfit from a 10-point gap', () => {
    expect(MAX_LAYERS).toBe(10);
    expect(MAX_UNITS).toBe(32);
    expect(defaultFitThresholds.underfitAccuracy).toBe(0.85);
    expect(defaultFitThresholds.accuracyGap).toBe(0.1);
  });

  it('the overfit preset is 6 hidden layers of 32 units learning from 80 noisy XOR points', () => {
    const state = presets.overfit.values;
    expect(fitSpec(state).hidden.map((layer) => layer.units)).toEqual([32, 32, 32, 32, 32, 32]);
    expect(fitData(state).train.count).toBe(80);
    expect(state.dataset).toBe('xor');
  });
});

describe.each([1, 2])('the presets at seed %i', (seed) => {
  const overfit = run('overfit', seed);

  it('Overfit: training accuracy passes 90%, validation stays around 70–80%, and validation loss climbs while training loss falls', () => {
    expect(overfit.regime).toBe('overfit');
    expect(overfit.evidence).toBe('validationLossRising');
    expect(overfit.trainAccuracy).toBeGreaterThan(0.9);
    expect(overfit.validationAccuracy).toBeGreaterThan(0.68);
    expect(overfit.validationAccuracy).toBeLessThan(0.82);
    expect(overfit.validationLoss).toBeGreaterThan(overfit.bestValidationLoss + 0.5);
  });

  it('Underfit: no hidden layer on the ring stays near chance on both sets', () => {
    const verdict = run('underfit', seed);
    expect(verdict.regime).toBe('underfit');
    expect(verdict.trainAccuracy).toBeLessThan(0.62);
    expect(verdict.validationAccuracy).toBeLessThan(0.62);
  });

  it('Good fit: ends above 93% on both sets', () => {
    const verdict = run('goodFit', seed);
    expect(verdict.regime).toBe('goodFit');
    expect(verdict.trainAccuracy).toBeGreaterThan(0.93);
    expect(verdict.validationAccuracy).toBeGreaterThan(0.93);
  });

  it('Overfit with L2 weight decay 0.01: validation loss ends at less than half the height it reaches without', () => {
    expect(run('overfit', seed, { l2: '0.01' }).validationLoss).toBeLessThan(overfit.validationLoss / 2);
  });
});
