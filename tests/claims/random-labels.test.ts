/**
 * What the random-labels demo's caption and note (content/choosing-an-architecture.mdx) say
 * happens, checked by training exactly the demo's three runs with the worker's own core and
 * dataset generators (the digits file as the build writes it).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { epochsToMemorise, appendAccuracy } from '@/lib/analysis/memorisation';
import { createSession } from '@/lib/nn/session';
import { createGenerators } from '@/lib/worker/generators';
import { execFileSync } from 'node:child_process';
import {
  countParameters, MAX_EPOCHS, randomLabelsHyper, randomLabelsSpec, runDataset, stepsPerEpoch, type RandomLabelsState, type RunKind,
} from '@/components/widgets/RandomLabels/model';
import { defaultState } from '@/lib/url/schema';
import { randomLabelsSchema } from '@/components/widgets/RandomLabels/state';

const generators = createGenerators(async (path) => {
  const bytes = readFileSync(`public${path}`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
});

interface Outcome { epochs: number | null; validation: number; trainCount: number }

/** One run of the demo, epoch by epoch, until it fits every training label or hits the limit. */
async function train(kind: RunKind, changes: Partial<RandomLabelsState> = {}): Promise<Outcome> {
  const state = { ...defaultState(randomLabelsSchema), ...changes };
  const source = runDataset(state, kind);
  if (source.kind !== 'generator') throw new Error('the demo generates its data in the worker');
  const data = await generators[source.name](source.params, source.seed);
  const session = createSession({ spec: randomLabelsSpec(state.dataset), data, hyper: randomLabelsHyper(state.dropout, state.weightDecay), seed: state.seed, engine: 'typed' });
  const curve: number[] = [];
  let validation = 0;
  for (let epoch = 1; epoch <= MAX_EPOCHS && epochsToMemorise(curve) === null; epoch++) {
    const snapshot = session.step(stepsPerEpoch(state.trainSize));
    validation = snapshot.validationAccuracy ?? Number.NaN;
    appendAccuracy(curve, snapshot.epoch, snapshot.trainAccuracy ?? Number.NaN, validation);
  }
  session.dispose();
  return { epochs: epochsToMemorise(curve), validation, trainCount: data.train.count };
}

beforeAll(() => {
  execFileSync('node', ['scripts/build-digits.mjs']);
});

describe('the random-labels demo at its defaults (seed 1, as a reader first sees it)', () => {
  let outcomes: Record<RunKind, Outcome>;
  beforeAll(async () => {
    outcomes = { true: await train('true'), shuffled: await train('shuffled'), noise: await train('noise') };
  }, 300_000);

  it('trains on about 500 digits, with over 50 weights and biases per training digit (about 26,000)', () => {
    const parameters = countParameters(randomLabelsSpec('digits'));
    expect(parameters).toBeGreaterThan(25_500);
    expect(parameters).toBeLessThan(26_500);
    expect(Math.abs(outcomes.true.trainCount - 500)).toBeLessThanOrEqual(10);
    expect(parameters / outcomes.true.trainCount).toBeGreaterThan(50);
  });

  it('all three runs reach 100% training accuracy', () => {
    for (const kind of ['true', 'shuffled', 'noise'] as const) expect(outcomes[kind].epochs).not.toBeNull();
  });

  it('only the true labels generalise (about 85%); shuffled labels and noise stay near chance, 10%', () => {
    expect(outcomes.true.validation).toBeGreaterThan(0.8);
    expect(outcomes.true.validation).toBeLessThan(0.92);
    expect(Math.abs(outcomes.shuffled.validation - 0.1)).toBeLessThan(0.05);
    expect(Math.abs(outcomes.noise.validation - 0.1)).toBeLessThan(0.06);
  });

  it('the true labels are fitted first, in about 25 epochs; shuffled ones take three to four times as many', () => {
    const truth = outcomes.true.epochs ?? Infinity;
    const shuffled = outcomes.shuffled.epochs ?? Infinity;
    expect(truth).toBeGreaterThanOrEqual(18);
    expect(truth).toBeLessThanOrEqual(32);
    expect(shuffled / truth).toBeGreaterThanOrEqual(2.8);
    expect(shuffled / truth).toBeLessThanOrEqual(4.2);
  });

  it('with dropout on, the shuffled labels are still fitted to 100%, only later', async () => {
    const dropout = await train('shuffled', { dropout: true });
    expect(dropout.epochs).not.toBeNull();
    expect(dropout.epochs!).toBeGreaterThan(outcomes.shuffled.epochs!);
    expect(dropout.validation).toBeLessThan(0.2);
  }, 300_000);
});
