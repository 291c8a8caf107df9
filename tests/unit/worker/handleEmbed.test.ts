import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { EmbedRequest, WorkerToMain } from '@/lib/worker/protocol';
import { createRealHarness } from './realHarness';
import { expectNoTensorLeaks } from '../../tfjsLeaks';
import { blobData, blobPlan, blobSpec } from './embedFixtures';
import { hyper, initMessage, ofType } from './fakes';

/** A trainer over real sessions whose clock advances 1 ms per reading. */
function harness() {
  let clock = 0;
  const { trainer, posted, tasks, runTicks } = createRealHarness(() => (clock += 1));
  return { trainer, posted, tasks, drain: runTicks };
}

const init = (engine: 'typed' | 'tfjs', run = 1) => initMessage({
  run, engine, spec: blobSpec, dataset: { kind: 'arrays', data: blobData() }, maxSteps: 20, checkpoints: blobPlan,
  hyper: { ...hyper, optimiser: 'adam', learningRate: 0.02, batchSize: 20 },
});
const want = (checkpoint: number, frames = false): EmbedRequest => ({ checkpoint, method: 'tsne', perplexity: 8, seed: 1, frames });

describe('handle() with a checkpoint plan', () => {
  expectNoTensorLeaks();

  it.each(['typed', 'tfjs'] as const)('records the untrained net and each planned step on the %s engine, never stepping over one', async (engine) => {
    const { trainer, posted, drain } = harness();
    await trainer.handle(init(engine));
    expect(ofType(posted, 'checkpoints')).toEqual([{ type: 'checkpoints', run: 1, generation: 0, checkpoints: [expect.objectContaining({ step: 0, epoch: 0 })] }]);
    await trainer.handle({ type: 'start' });
    drain();
    const steps = ofType(posted, 'snapshot').map((message) => message.snapshot.step);
    expect(steps).toContain(5);
    expect(steps.at(-1)).toBe(20);
    expect(ofType(posted, 'snapshot').every((message) => message.snapshot.activations === undefined)).toBe(true);
    expect(ofType(posted, 'checkpoints').at(-1)!.checkpoints.map((info) => info.step)).toEqual([0, 5, 20]);
    await trainer.handle({ type: 'dispose' });
  });

  it('embeds a checkpoint in slices, posts frames only with every probe scored, and repeats a finished one at once', async () => {
    const { trainer, posted, tasks, drain } = harness();
    await trainer.handle(init('typed'));
    await trainer.handle({ type: 'start' });
    drain();
    posted.length = 0;
    await trainer.handle({ type: 'embed', requests: [want(20, true), want(0)] });
    drain();
    const embeddings = ofType(posted, 'embedding').map((message) => message.embedding);
    const frames = embeddings.filter((embedding) => !embedding.done);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((frame) => frame.key === '20|tsne|8|1' && frame.probeAccuracy.every(Number.isFinite))).toBe(true);
    const results = embeddings.filter((embedding) => embedding.done);
    expect(results.map((result) => result.key)).toEqual(['20|tsne|8|1', '0|tsne|8|1']);
    const [trained, untrained] = results;
    expect(trained.layers).toHaveLength(4);
    expect(trained.probeAccuracy[0]).toBe(untrained.probeAccuracy[0]);
    expect(trained.layers[0]).toEqual(untrained.layers[0]);
    expect(trained.probeAccuracy.every((accuracy) => accuracy >= 0 && accuracy <= 1)).toBe(true);
    posted.length = 0;
    await trainer.handle({ type: 'embed', requests: [want(20)] });
    expect(tasks).toHaveLength(0);
    expect(ofType(posted, 'embedding').map((message) => message.embedding.done)).toEqual([true]);
    await trainer.handle({ type: 'dispose' });
  });

  it('a request for a checkpoint not yet recorded waits for it; dropped requests stop', async () => {
    const { trainer, posted, tasks, drain } = harness();
    await trainer.handle(init('typed'));
    await trainer.handle({ type: 'embed', requests: [want(5)] });
    expect(tasks).toHaveLength(0);
    await trainer.handle({ type: 'step', count: 5 });
    expect(tasks.length).toBeGreaterThan(0);
    await trainer.handle({ type: 'embed', requests: [] });
    drain();
    expect(ofType(posted, 'embedding')).toEqual([]);
    await trainer.handle({ type: 'dispose' });
  });

  it('reset forgets checkpoints and embeddings, starts a new generation and records step 0 again', async () => {
    const { trainer, posted, drain } = harness();
    await trainer.handle(init('typed'));
    await trainer.handle({ type: 'embed', requests: [want(0)] });
    drain();
    await trainer.handle({ type: 'reset', seed: 9 });
    const announced = ofType(posted, 'checkpoints').slice(-2);
    expect(announced.map((message) => [message.generation, message.checkpoints.map((info) => info.step)])).toEqual([[1, []], [1, [0]]]);
    posted.length = 0;
    await trainer.handle({ type: 'embed', requests: [want(0)] });
    drain();
    expect(ofType(posted, 'embedding').filter((message) => message.embedding.done).map((message) => message.embedding.generation)).toEqual([1]);
    await trainer.handle({ type: 'dispose' });
  });

  it('computes nothing while training, and starts once training pauses', async () => {
    const { trainer, posted, tasks, drain } = harness();
    await trainer.handle(init('typed'));
    await trainer.handle({ type: 'start' });
    await trainer.handle({ type: 'embed', requests: [want(0)] });
    tasks.shift()!();
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(ofType(posted, 'embedding')).toEqual([]);
    await trainer.handle({ type: 'pause' });
    drain();
    expect(ofType(posted, 'embedding').map((message) => message.embedding.done)).toEqual([true]);
    expect(ofType(posted, 'status').at(-1)!.status).toBe('paused');
    await trainer.handle({ type: 'dispose' });
  });

  it('ignores embed requests on a run without a plan', async () => {
    const { trainer, posted, tasks } = harness();
    await trainer.handle(initMessage());
    await trainer.handle({ type: 'embed', requests: [want(0)] });
    expect(tasks).toHaveLength(0);
    expect(ofType(posted, 'checkpoints')).toEqual([]);
    await trainer.handle({ type: 'dispose' });
  });
});
