import { describe, expect, it } from 'vitest';
import { isMainToWorker, isWorkerToMain, type MainToWorker, type WorkerToMain } from '@/lib/worker/protocol';
import { initMessage } from './fakes';

const snapshot = {
  status: 'ready' as const, step: 3, epoch: 0.5, divergedAt: null, trainLoss: 0.7, validationLoss: 0.8,
  trainAccuracy: 0.5, validationAccuracy: null, layers: [{ gradientNorm: 1, weightNorm: 2 }],
  grid: { resolution: 2, values: new Float32Array([0.1, 0.2, 0.3, 0.4]) },
};

const mainMessages: MainToWorker[] = [
  initMessage({ snapshot: { grid: { xMin: -1, xMax: 1, yMin: -1, yMax: 1, resolution: 50 } }, maxSteps: 10 }),
  initMessage({ dataset: { kind: 'generator', name: 'circle', params: { count: 200, noise: 0.1 }, seed: 3 } }),
  { type: 'start' }, { type: 'pause' }, { type: 'resume' }, { type: 'reset' }, { type: 'reset', seed: 4 },
  { type: 'setHyperParameters', changes: { learningRate: 0.1, batchSize: 'full' } },
  { type: 'setSnapshotRequest', request: { probe: { inputs: new Float32Array([1, 2]), count: 1 }, weights: true } },
  { type: 'step', count: 10 }, { type: 'dispose' },
];

const workerMessages: WorkerToMain[] = [
  { type: 'ready', run: 1, engine: 'tfjs', backend: 'wasm', snapshot },
  { type: 'ready', run: 1, engine: 'typed', backend: null, snapshot },
  { type: 'snapshot', run: 2, snapshot },
  { type: 'status', run: 2, status: 'diverged', step: 40 },
  { type: 'fallback', run: 2, from: 'wasm', to: 'cpu', reason: 'wasm set-up timed out after 4000 ms' },
  { type: 'error', run: 2, message: 'boom' },
];

describe('protocol messages', () => {
  it.each(mainMessages.map((message) => [message.type, message] as const))(
    'main → worker %s survives structured cloning and is recognised', (_type, message) => {
      const copy = structuredClone(message);
      expect(copy).toEqual(message);
      expect(isMainToWorker(copy)).toBe(true);
      expect(isWorkerToMain(copy)).toBe(false);
    });

  it.each(workerMessages.map((message) => [message.type, message] as const))(
    'worker → main %s survives structured cloning (typed arrays included) and is recognised', (_type, message) => {
      const copy = structuredClone(message);
      expect(copy).toEqual(message);
      if (copy.type === 'snapshot') expect(copy.snapshot.grid?.values).toBeInstanceOf(Float32Array);
      expect(isWorkerToMain(copy)).toBe(true);
      expect(isMainToWorker(copy)).toBe(false);
    });

  it('isMainToWorker rejects junk and malformed messages', () => {
    for (const junk of [null, undefined, 3, 'start', [], {}, { type: 'launch' }, { type: 'step' },
      { type: 'step', count: NaN }, { type: 'reset', seed: 'x' }, { type: 'init', run: 1 },
      { type: 'setHyperParameters' }, { type: 'setSnapshotRequest', request: null }]) {
      expect(isMainToWorker(junk)).toBe(false);
    }
  });

  it('isWorkerToMain needs a run number', () => {
    expect(isWorkerToMain({ type: 'error', message: 'x' })).toBe(false);
  });
});
