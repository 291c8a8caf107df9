import { describe, expect, it } from 'vitest';
import { CheckpointRecorder } from '@/lib/worker/checkpoints';
import { createEmbedCache, createEmbedJob, probeAccuracy, TSNE_ITERATIONS } from '@/lib/worker/embedJob';
import type { EmbedRequest } from '@/lib/worker/protocol';
import { blobData, blobPlan } from './embedFixtures';

const request: EmbedRequest = { checkpoint: 0, method: 'tsne', perplexity: 8, seed: 2, frames: true };

/** A recorder holding a step-0 record whose one "hidden layer" is the input's first two coordinates. */
function recorded() {
  const recorder = new CheckpointRecorder(blobPlan, blobData());
  const { inputs, count } = recorder.probe;
  const hidden = Float32Array.from({ length: count * 2 }, (_, index) => inputs[Math.floor(index / 2) * 6 + (index % 2)]);
  recorder.record({ status: 'ready', step: 0, epoch: 0, divergedAt: null, trainLoss: 1, validationLoss: 1, trainAccuracy: null, validationAccuracy: null, layers: [], activations: [hidden] });
  return { recorder, record: recorder.get(0)! };
}

function runToEnd(job: ReturnType<typeof createEmbedJob>): number {
  let slices = 0;
  let clock = 0;
  while (!job.done) {
    job.advance(5, () => (clock += 1));
    slices++;
  }
  return slices;
}

describe('probeAccuracy(features, labels, classes)', () => {
  it('is high for separable features and near chance for noise', () => {
    const { recorder, record } = recorded();
    const separable = probeAccuracy(record.features[1], recorder.probe.labels, 3);
    const noise = probeAccuracy(Float32Array.from({ length: 120 }, (_, index) => Math.sin(index * 12.9898) * 43758.5453 % 1), recorder.probe.labels, 3);
    expect(separable).toBeGreaterThan(0.8);
    expect(noise).toBeLessThan(0.6);
  });
});

describe('createEmbedJob(request, context)', () => {
  it('scores every layer, then runs t-SNE in slices to the planned iterations', () => {
    const { recorder, record } = recorded();
    const job = createEmbedJob(request, { record, probe: recorder.probe, embedCount: 30, generation: 4, cache: createEmbedCache() });
    expect(job.key).toBe('0|tsne|8|2');
    const slices = runToEnd(job);
    expect(slices).toBeGreaterThan(5);
    const embedding = job.snapshot();
    expect(embedding).toMatchObject({ done: true, iteration: TSNE_ITERATIONS, iterations: TSNE_ITERATIONS, count: 30, generation: 4, inputSize: 6, explained: null });
    expect(embedding.layers).toHaveLength(2);
    expect(embedding.layers[0]).toHaveLength(60);
    expect(embedding.layers.every((layer) => layer.every(Number.isFinite))).toBe(true);
    expect(embedding.probeAccuracy[1]).toBeGreaterThan(embedding.probeAccuracy[0] - 0.05);
    expect(embedding.inputs).toHaveLength(30 * 6);
    expect(Array.from(embedding.labels)).toEqual(Array.from(recorder.probe.labels.subarray(0, 30)));
  });

  it('snapshots are copies: a later slice does not move a frame already handed out', () => {
    const { recorder, record } = recorded();
    const job = createEmbedJob(request, { record, probe: recorder.probe, embedCount: 30, generation: 0, cache: createEmbedCache() });
    let clock = 0;
    for (let slice = 0; slice < 8; slice++) job.advance(1, () => (clock += 1));
    const frame = job.snapshot();
    const before = Array.from(frame.layers[1]);
    job.advance(1, () => (clock += 1));
    expect(Array.from(frame.layers[1])).toEqual(before);
  });

  it('PCA finishes in one go, with the variance its two axes explain', () => {
    const { recorder, record } = recorded();
    const job = createEmbedJob({ ...request, method: 'pca' }, { record, probe: recorder.probe, embedCount: 30, generation: 0, cache: createEmbedCache() });
    job.advance(1000, () => 0);
    const embedding = job.snapshot();
    expect(embedding.done).toBe(true);
    expect(embedding.key).toBe('0|pca|0|2');
    expect(embedding.explained![1]).toBeCloseTo(1, 6);
    expect(embedding.explained![0]).toBeGreaterThan(0);
    expect(embedding.explained![0]).toBeLessThan(1);
  });

  it('reuses the cache: the same layer is neither probed nor embedded twice', () => {
    const { recorder, record } = recorded();
    const cache = createEmbedCache();
    const first = createEmbedJob(request, { record, probe: recorder.probe, embedCount: 30, generation: 0, cache });
    runToEnd(first);
    const second = createEmbedJob(request, { record, probe: recorder.probe, embedCount: 30, generation: 0, cache });
    second.advance(1000, () => 0);
    expect(second.done).toBe(true);
    expect(second.snapshot().layers).toEqual(first.snapshot().layers);
  });
});
