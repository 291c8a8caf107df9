import { describe, expect, it } from 'vitest';
import {
  createFrameThrottle,
  createIdentityCounter,
  diffHyperParameters,
  initialTrainerView,
  reduceTrainerView,
  requestKey,
  sessionKey,
  type TrainerAction,
} from '@/lib/worker/client';
import type { Snapshot } from '@/lib/nn/session.types';
import type { Embedding } from '@/lib/worker/protocol';
import { hyper, smallSpec, tinyData } from './fakes';

const snapshotAt = (step: number): Snapshot => ({
  status: 'ready', step, epoch: 0, divergedAt: null, trainLoss: 1, validationLoss: 1,
  trainAccuracy: null, validationAccuracy: null, layers: [],
});

describe('reduceTrainerView(view, action)', () => {
  it('walks loading → idle (ready) → training → diverged, keeping fall-backs and the step', () => {
    const actions: TrainerAction[] = [
      { kind: 'loading' },
      { kind: 'message', message: { type: 'fallback', run: 1, from: 'wasm', to: 'cpu', reason: 'timeout' } },
      { kind: 'message', message: { type: 'ready', run: 1, engine: 'tfjs', backend: 'cpu', snapshot: snapshotAt(0) } },
      { kind: 'message', message: { type: 'status', run: 1, status: 'training', step: 0 } },
      { kind: 'snapshot', snapshot: snapshotAt(40) },
      { kind: 'message', message: { type: 'status', run: 1, status: 'diverged', step: 41 } },
    ];
    const states = actions.reduce((views, action) => [...views, reduceTrainerView(views[views.length - 1], action)], [initialTrainerView]);
    expect(states.map((view) => view.status)).toEqual(['idle', 'loading', 'loading', 'idle', 'training', 'training', 'diverged']);
    const last = states[states.length - 1];
    expect(last).toMatchObject({ engine: 'tfjs', backend: 'cpu', divergedAt: 41, snapshot: { step: 40 } });
    expect(last.fallbacks).toEqual([{ from: 'wasm', to: 'cpu', reason: 'timeout' }]);
  });

  it('an error message or a crash shows as status error with its text', () => {
    expect(reduceTrainerView(initialTrainerView, { kind: 'message', message: { type: 'error', run: 1, message: 'x' } }))
      .toMatchObject({ status: 'error', error: 'x' });
    expect(reduceTrainerView(initialTrainerView, { kind: 'crashed', message: 'y' })).toMatchObject({ status: 'error', error: 'y' });
  });
});

describe('createFrameThrottle(deliver, requestFrame, cancelFrame)', () => {
  function fakeFrames() {
    const callbacks = new Map<number, () => void>();
    let next = 1;
    return {
      request: (callback: () => void) => { callbacks.set(next, callback); return next++; },
      cancel: (handle: number) => { callbacks.delete(handle); },
      frame() { const pending = [...callbacks.values()]; callbacks.clear(); pending.forEach((callback) => callback()); },
      get pending() { return callbacks.size; },
    };
  }

  it('delivers only the latest value, once per frame', () => {
    const frames = fakeFrames();
    const delivered: number[] = [];
    const throttle = createFrameThrottle<number>((value) => delivered.push(value), frames.request, frames.cancel);
    for (let value = 0; value < 50; value++) throttle.push(value);
    expect(frames.pending).toBe(1);
    frames.frame();
    frames.frame();
    throttle.push(60);
    frames.frame();
    expect(delivered).toEqual([49, 60]);
  });

  it('cancel drops what is pending', () => {
    const frames = fakeFrames();
    const delivered: number[] = [];
    const throttle = createFrameThrottle<number>((value) => delivered.push(value), frames.request, frames.cancel);
    throttle.push(1);
    throttle.cancel();
    frames.frame();
    expect(delivered).toEqual([]);
    expect(frames.pending).toBe(0);
  });
});

describe('configuration diffs', () => {
  it('diffHyperParameters lists only what changed', () => {
    expect(diffHyperParameters(hyper, { ...hyper })).toBeNull();
    expect(diffHyperParameters(hyper, { ...hyper, learningRate: 0.1, batchSize: 'full' }))
      .toEqual({ learningRate: 0.1, batchSize: 'full' });
  });

  it('sessionKey changes with the spec or the data, and compares arrays by identity', () => {
    const identity = createIdentityCounter();
    const data = tinyData();
    const parts = { spec: smallSpec, dataset: { kind: 'arrays' as const, data }, engine: 'auto', backend: 'auto' };
    const key = sessionKey(parts, identity);
    expect(sessionKey({ ...parts, spec: { ...smallSpec } }, identity)).toBe(key);
    expect(sessionKey({ ...parts, dataset: { kind: 'arrays', data: tinyData() } }, identity)).not.toBe(key);
    expect(sessionKey({ ...parts, spec: { ...smallSpec, outputBias: false } }, identity)).not.toBe(key);
    const generated = { ...parts, dataset: { kind: 'generator' as const, name: 'circle', params: { noise: 0 }, seed: 1 } };
    expect(sessionKey(generated, identity)).not.toBe(sessionKey({ ...generated, dataset: { ...generated.dataset, seed: 2 } }, identity));
  });

  it('requestKey sees grid changes and probe identity', () => {
    const identity = createIdentityCounter();
    const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, resolution: 50 };
    const probe = { inputs: new Float32Array(2), count: 1 };
    expect(requestKey(undefined, identity)).toBe('');
    expect(requestKey({ grid }, identity)).toBe(requestKey({ grid: { ...grid } }, identity));
    expect(requestKey({ grid }, identity)).not.toBe(requestKey({ grid: { ...grid, resolution: 60 } }, identity));
    expect(requestKey({ probe }, identity)).not.toBe(requestKey({ probe: { ...probe, inputs: new Float32Array(2) } }, identity));
  });
});

describe('checkpoints and embeddings in the view', () => {
  const request = { checkpoint: 60, method: 'tsne', perplexity: 30, seed: 1, frames: true } as const;
  const embedding = (done: boolean, generation = 0, iteration = done ? 500 : 100): Embedding => ({
    key: '60|tsne|30|1', request, generation, iteration, iterations: 500, done, count: 1,
    layers: [new Float32Array([iteration, 0])], probeAccuracy: [0.8], explained: null,
    inputs: new Float32Array(4), inputSize: 4, labels: new Int32Array([7]),
  });
  const message = (value: Embedding): TrainerAction => ({ kind: 'message', message: { type: 'embedding', run: 1, embedding: value } });
  const checkpoints = (generation: number, steps: number[]): TrainerAction => ({
    kind: 'message', message: { type: 'checkpoints', run: 1, generation, checkpoints: steps.map((step) => ({ step, epoch: step / 60, validationAccuracy: null })) },
  });

  it('keeps the latest frame per key, never lets a late frame replace the result, and drops other generations', () => {
    let view = reduceTrainerView(initialTrainerView, checkpoints(0, [0, 60]));
    expect(view.checkpoints.map((info) => info.step)).toEqual([0, 60]);
    view = reduceTrainerView(view, message(embedding(false)));
    expect(view.embeddings['60|tsne|30|1'].iteration).toBe(100);
    view = reduceTrainerView(view, message(embedding(true)));
    view = reduceTrainerView(view, message(embedding(false, 0, 200)));
    expect(view.embeddings['60|tsne|30|1']).toMatchObject({ done: true, iteration: 500 });
    expect(reduceTrainerView(view, message(embedding(true, 3)))).toBe(view);
  });

  it('a new generation of checkpoints (a reset) empties the embeddings; the same generation keeps them', () => {
    let view = reduceTrainerView(initialTrainerView, message(embedding(true)));
    view = reduceTrainerView(view, checkpoints(0, [0, 60]));
    expect(Object.keys(view.embeddings)).toEqual(['60|tsne|30|1']);
    view = reduceTrainerView(view, checkpoints(1, []));
    expect(view).toMatchObject({ checkpoints: [], checkpointGeneration: 1, embeddings: {} });
    expect(reduceTrainerView(view, { kind: 'loading' })).toMatchObject({ checkpoints: [], checkpointGeneration: 0, embeddings: {} });
  });

  it('sessionKey changes with the checkpoint plan and, without one, holds the spec, data, engine, backend, step limit and pace', () => {
    const identity = createIdentityCounter();
    const parts = { spec: smallSpec, dataset: { kind: 'generator' as const, name: 'digits', params: {}, seed: 1 }, engine: 'auto', backend: 'auto' };
    const plan = { steps: [0, 60], probeCount: 800, embedCount: 400 };
    expect(sessionKey(parts, identity)).toBe(JSON.stringify([smallSpec, parts.dataset, 'auto', 'auto', null, null]));
    expect(sessionKey({ ...parts, checkpoints: plan }, identity)).not.toBe(sessionKey(parts, identity));
    expect(sessionKey({ ...parts, checkpoints: { ...plan, steps: [0, 120] } }, identity)).not.toBe(sessionKey({ ...parts, checkpoints: plan }, identity));
  });
});
