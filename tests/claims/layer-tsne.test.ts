/**
 * What the layer-tsne caption in why-structure-emerges says, checked by running the demo's own
 * configuration on the real digits (the worker's generator, the typed engine, the same probes):
 * after ten epochs the linear-probe accuracy rises from the input to the last hidden layer,
 * while in the untrained network of the same shape it does not rise with depth, it falls.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointStep, probeCount, trainerConfig } from '@/components/widgets/LayerTsne/config';
import { createSession } from '@/lib/nn/session';
import { probeSet } from '@/lib/worker/checkpoints';
import { probeAccuracy } from '@/lib/worker/embedJob';
import { createGenerators } from '@/lib/worker/generators';

const digitsFile = join(process.cwd(), 'public', 'data', 'digits-8.bin');

async function probeAccuracies(epochs: '0' | '10'): Promise<number[]> {
  const config = trainerConfig(1);
  if (config.dataset.kind !== 'generator') throw new Error('the demo names its generator');
  const generators = createGenerators(async (path) => {
    const bytes = readFileSync(join(process.cwd(), 'public', path));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
  const data = await generators[config.dataset.name](config.dataset.params, config.dataset.seed);
  const session = createSession({ spec: config.spec, data, hyper: config.hyper, seed: config.seed, engine: 'typed' });
  const probe = probeSet(data, probeCount);
  const snapshot = session.step(checkpointStep(epochs), { probe: { inputs: probe.inputs, count: probe.count } });
  session.dispose();
  return [probe.inputs, ...snapshot.activations!].map((features) => probeAccuracy(features, probe.labels, 10));
}

describe.runIf(existsSync(digitsFile))('layer-tsne: linear probes on held-out digits', () => {
  it('after 10 epochs, probe accuracy at the last hidden layer is well above the input', async () => {
    const accuracy = await probeAccuracies('10');
    expect(accuracy[3]).toBeGreaterThan(accuracy[0] + 0.05);
    expect(accuracy[1]).toBeGreaterThan(accuracy[0]);
  });

  it('untrained, the same shape loses linear separability with depth', async () => {
    const accuracy = await probeAccuracies('0');
    expect(accuracy[3]).toBeLessThan(accuracy[0]);
  });
});
