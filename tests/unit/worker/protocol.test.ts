import { describe, expect, it } from 'vitest';
import { embedKey, isMainToWorker, isWorkerToMain, type MainToWorker, type WorkerToMain } from '@/lib/worker/protocol';
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
  initMessage({ checkpoints: { steps: [0, 60, 180], probeCount: 800, embedCount: 400 } }),
  { type: 'embed', requests: [{ checkpoint: 60, method: 'tsne', perplexity: 30, seed: 1, frames: true }, { checkpoint: 0, method: 'pca', perplexity: 30, seed: 1, frames: false }] },
  { type: 'embed', requests: [] },
];

const workerMessages: WorkerToMain[] = [
  { type: 'ready', run: 1, engine: 'tfjs', backend: 'wasm', snapshot },
  { type: 'ready', run: 1, engine: 'typed', backend: null, snapshot },
  { type: 'snapshot', run: 2, snapshot },
  { type: 'status', run: 2, status: 'diverged', step: 40 },
  { type: 'fallback', run: 2, from: 'wasm', to: 'cpu', reason: 'wasm set-up timed out after 4000 ms' },
  { type: 'error', run: 2, message: 'boom' },
  { type: 'checkpoints', run: 2, generation: 1, checkpoints: [{ step: 0, epoch: 0, validationAccuracy: 0.1 }] },
  {
    type: 'embedding', run: 2, embedding: {
      key: '0|pca|0|1', request: { checkpoint: 0, method: 'pca', perplexity: 30, seed: 1, frames: false }, generation: 0,
      iteration: 1, iterations: 1, done: true, count: 1, layers: [new Float32Array([0.5, -0.5])], probeAccuracy: [0.8],
      explained: [0.6], inputs: new Float32Array([0, 1]), inputSize: 2, labels: new Int32Array([3]),
    },
  },
];

describe('embedKey(request)', () => {
  it('names checkpoint, method, perplexity and seed, ignoring perplexity for PCA and the frames flag', () => {
    const request = { checkpoint: 60, method: 'tsne', perplexity: 30, seed: 2, frames: true } as const;
    expect(embedKey(request)).toBe('60|tsne|30|2');
    expect(embedKey({ ...request, frames: false })).toBe('60|tsne|30|2');
    expect(embedKey({ ...request, method: 'pca' })).toBe(embedKey({ ...request, method: 'pca', perplexity: 5 }));
  });
});

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
      { type: 'setHyperParameters' }, { type: 'setSnapshotRequest', request: null }, { type: 'embed' },
      { type: 'embed', requests: [{ checkpoint: 1.5, method: 'tsne', perplexity: 30, seed: 1, frames: true }] },
      { type: 'embed', requests: [{ checkpoint: 1, method: 'umap', perplexity: 30, seed: 1, frames: true }] },
      { type: 'embed', requests: [{ checkpoint: 1, method: 'tsne', perplexity: NaN, seed: 1, frames: true }] }]) {
      expect(isMainToWorker(junk)).toBe(false);
    }
  });

  it('isWorkerToMain needs a run number', () => {
    expect(isWorkerToMain({ type: 'error', message: 'x' })).toBe(false);
  });
});
