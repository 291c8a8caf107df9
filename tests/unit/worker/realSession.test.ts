import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MainToWorker } from '@/lib/worker/protocol';
import { createRealHarness as realHarness } from './realHarness';
import { initMessage, largeSpec, smallSpec } from './fakes';

const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, resolution: 8 };

describe('handle() with real sessions', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(['tfjs', 'typed'] as const)('trains on the %s engine and leaks no tensors through any sequence', async (engine) => {
    const before = tf.memory().numTensors;
    const { trainer, posted, runTicks } = realHarness();
    const sequence: (MainToWorker | 'ticks')[] = [
      initMessage({ engine, snapshot: { grid } }), { type: 'start' }, 'ticks', { type: 'pause' },
      { type: 'setHyperParameters', changes: { learningRate: 0.1, optimiser: 'adam' } }, { type: 'resume' }, 'ticks',
      { type: 'reset', seed: 3 }, { type: 'step', count: 5 }, { type: 'setSnapshotRequest', request: { weights: true } },
      initMessage({ run: 2, engine, spec: { ...smallSpec, hidden: [{ units: 3, activation: 'relu', useBias: false }] } }),
      { type: 'start' }, 'ticks', { type: 'dispose' },
    ];
    for (const item of sequence) {
      if (item === 'ticks') runTicks(3);
      else await trainer.handle(item);
    }
    expect(posted.filter((message) => message.type === 'error')).toEqual([]);
    const snapshots = posted.filter((message) => message.type === 'snapshot');
    expect(snapshots.length).toBeGreaterThan(5);
    expect(posted.find((message) => message.type === 'ready')).toMatchObject({ engine, backend: engine === 'tfjs' ? 'cpu' : null });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a tfjs run disposed mid-training frees everything', async () => {
    const before = tf.memory().numTensors;
    const { trainer, runTicks } = realHarness();
    await trainer.handle(initMessage({ spec: { ...largeSpec, inputSize: 2, hidden: [{ units: 16, activation: 'relu', useBias: true }] }, engine: 'tfjs' }));
    await trainer.handle({ type: 'start' });
    runTicks(2);
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    await trainer.handle({ type: 'dispose' });
    expect(tf.memory().numTensors).toBe(before);
  });
});
