/**
 * What the gradients demo's caption (content/why-activation-functions.mdx) says happens,
 * checked by training exactly the demo's three networks on its data with the worker's core.
 */
import { describe, expect, it } from 'vitest';
import { deepMlpSpec, gradientRatio, type GradientActivation } from '@/lib/analysis/gradientFlow';
import { gradientsHyper, MAX_STEPS, ringData, UNITS } from '@/components/widgets/Gradients/model';
import { createSession } from '@/lib/nn/session';

/** The demo's net after its first update and after its full run. */
function run(activation: GradientActivation, depth: number, seed: number, mismatched = false) {
  const session = createSession({ spec: deepMlpSpec(activation, depth, UNITS, mismatched), data: ringData(seed), hyper: gradientsHyper, seed, engine: 'typed' });
  const first = session.step(1);
  const last = session.step(MAX_STEPS - 1);
  session.dispose();
  return { norms: first.layers.map((layer) => layer.gradientNorm), ratio: gradientRatio(first.layers) ?? Number.NaN, loss: last.trainLoss };
}

describe.each([1, 2, 3])('the gradients demo at seed %i', (seed) => {
  const sigmoid = run('sigmoid', 10, seed);
  const relu = run('relu', 10, seed);

  it('at 10 layers, sigmoid’s first-layer gradient is over a million times smaller than its output layer’s', () => {
    expect(sigmoid.ratio).toBeLessThan(1e-6);
  });

  it('sigmoid’s gradient falls by a factor of several (over 2) per layer towards the input', () => {
    for (let layer = 0; layer < 9; layer++) expect(sigmoid.norms[layer + 1] / sigmoid.norms[layer]).toBeGreaterThan(2);
  });

  it('ReLU’s bars stay within a decade, and its ratio is at least 10,000 times sigmoid’s', () => {
    expect(Math.max(...relu.norms) / Math.min(...relu.norms)).toBeLessThan(10);
    expect(relu.ratio / sigmoid.ratio).toBeGreaterThan(1e4);
  });

  it('sigmoid’s loss stays at ln 2 (guessing ½) while ReLU’s and tanh’s drop to near 0', () => {
    expect(Math.abs(sigmoid.loss - Math.LN2)).toBeLessThan(0.02);
    expect(relu.loss).toBeLessThan(0.05);
    expect(run('tanh', 10, seed).loss).toBeLessThan(0.05);
  });

  it('at 3 layers sigmoid learns too, if more slowly: its loss falls well below ln 2', () => {
    expect(run('sigmoid', 3, seed).loss).toBeLessThan(0.4);
  });

  it('He initialisation lifts sigmoid’s ratio over ten times, yet at 10 layers it stays well behind ReLU', () => {
    const swapped = run('sigmoid', 10, seed, true);
    expect(swapped.ratio / sigmoid.ratio).toBeGreaterThan(10);
    expect(swapped.loss).toBeGreaterThan(0.1);
  });
});
