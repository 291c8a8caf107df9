import { describe, expect, it } from 'vitest';
import { createHarness, initMessage, largeSpec, ofType, type Harness } from './fakes';

async function ready(harness: Harness, overrides = {}) {
  await harness.trainer.handle(initMessage(overrides));
  return harness.drain();
}

function runTicks(harness: Harness, ticks: number): void {
  for (let tick = 0; tick < ticks; tick++) if (!harness.runTask()) return;
}

describe('handle(init)', () => {
  it('builds a typed session for a small net without touching tfjs, and says ready at step 0', async () => {
    const harness = createHarness();
    const messages = await ready(harness);
    expect(harness.backendCalls).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'ready', run: 1, engine: 'typed', backend: null, snapshot: { step: 0 } });
  });

  it('sets up a tfjs backend for a large net and forwards its fall-backs with the run', async () => {
    const harness = createHarness({ fallbacks: [{ from: 'wasm', to: 'cpu', reason: 'no wasm' }], backend: 'cpu' });
    const messages = await ready(harness, { spec: largeSpec, run: 4 });
    expect(harness.backendCalls).toHaveLength(1);
    expect(harness.backendCalls[0].preference).toBe('auto');
    expect(messages.map((message) => message.type)).toEqual(['fallback', 'ready']);
    expect(messages[0]).toEqual({ type: 'fallback', run: 4, from: 'wasm', to: 'cpu', reason: 'no wasm' });
    expect(messages[1]).toMatchObject({ engine: 'tfjs', backend: 'cpu' });
  });

  it("falls back from the typed engine to tfjs under 'auto' and says why", async () => {
    const harness = createHarness({ failEngine: 'typed' });
    const messages = await ready(harness);
    expect(messages[0]).toMatchObject({ type: 'fallback', from: 'typed', to: 'wasm', reason: 'no typed for this net' });
    expect(messages[1]).toMatchObject({ type: 'ready', engine: 'tfjs', backend: 'wasm' });
  });

  it('reports an error, not a crash, when the asked-for engine cannot be built', async () => {
    const harness = createHarness({ failEngine: 'typed' });
    const messages = await ready(harness, { engine: 'typed', run: 3 });
    expect(messages).toEqual([{ type: 'error', run: 3, message: 'no typed for this net' }]);
    expect(harness.trainer.current).toBeNull();
  });

  it('reports an unknown dataset generator as an error', async () => {
    const harness = createHarness();
    const messages = await ready(harness, { dataset: { kind: 'generator', name: 'nope', params: {}, seed: 1 } });
    expect(messages[0]).toMatchObject({ type: 'error', message: expect.stringContaining('nope') });
  });

  it('disposes the previous session when a new run starts', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    await ready(harness, { run: 2 });
    expect(harness.sessions[0].disposed).toBe(true);
    runTicks(harness, 5);
    expect(harness.drain().every((message) => message.run === 2)).toBe(true);
  });
});

describe('handle(start) and the training loop', () => {
  it('posts exactly one snapshot per tick, with the step advancing', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    expect(harness.drain()).toEqual([{ type: 'status', run: 1, status: 'training', step: 0 }]);
    let previous = 0;
    for (let tick = 0; tick < 20; tick++) {
      expect(harness.tasks).toHaveLength(1);
      harness.runTask();
      const snapshots = ofType(harness.drain(), 'snapshot');
      expect(snapshots).toHaveLength(1);
      expect(snapshots[0].snapshot.step).toBeGreaterThan(previous);
      previous = snapshots[0].snapshot.step;
    }
  });

  it('sizes ticks to about 10 ms whatever a step costs', async () => {
    for (const stepMs of [0.001, 0.05, 3]) {
      const harness = createHarness({ stepMs, snapshotMs: 1 });
      await ready(harness, { maxSteps: 1e9 });
      await harness.trainer.handle({ type: 'start' });
      runTicks(harness, 30);
      const session = harness.sessions[0];
      const last = session.calls[session.calls.length - 1];
      const tickMs = last * stepMs + 1;
      expect(tickMs).toBeGreaterThanOrEqual(stepMs > 5 ? stepMs : 8);
      expect(tickMs).toBeLessThanOrEqual(Math.max(12, stepMs + 1));
    }
  });

  it("keeps training when a heavy snapshot alone exceeds the tick's budget", async () => {
    const harness = createHarness({ stepMs: 0.01, snapshotMs: 20 });
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 20);
    const calls = harness.sessions[0].calls;
    // The updates get as long as the 20 ms snapshot: 20 ms / 0.01 ms = 2000 per tick.
    expect(calls[calls.length - 1]).toBeGreaterThanOrEqual(1800);
    expect(calls[calls.length - 1]).toBeLessThanOrEqual(2200);
  });

  it('paces a run that asks for stepsPerSecond: a fixed number of updates per tick, ticks a delay apart', async () => {
    const harness = createHarness();
    await ready(harness, { stepsPerSecond: 300, maxSteps: 1e6 });
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 20);
    const calls = harness.sessions[0].calls;
    // 300 updates/s at one tick per 33 ms: round(9.9) = 10 updates a tick, however cheap they are.
    expect(calls).toEqual(Array(20).fill(10));
    expect(harness.delays.slice(1)).toEqual(Array(harness.delays.length - 1).fill(33));
  });

  it('runs unpaced ticks back to back, with no delay', async () => {
    const harness = createHarness();
    await ready(harness, { maxSteps: 1e6 });
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 5);
    expect(harness.delays.every((delay) => delay === undefined)).toBe(true);
    expect(harness.sessions[0].calls.at(-1)).toBeGreaterThan(10);
  });

  it("stops at maxSteps with 'done', exactly there", async () => {
    const harness = createHarness();
    await ready(harness, { maxSteps: 5000 });
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 100);
    const messages = harness.posted;
    expect(messages[messages.length - 1]).toEqual({ type: 'status', run: 1, status: 'done', step: 5000 });
    expect(harness.tasks).toHaveLength(0);
    await harness.trainer.handle({ type: 'start' });
    expect(harness.tasks).toHaveLength(0);
  });

  it("stops on a non-finite loss with 'diverged' and the step", async () => {
    const harness = createHarness({ divergeAt: 1234 });
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 100);
    const statuses = ofType(harness.posted, 'status');
    expect(statuses[statuses.length - 1]).toMatchObject({ status: 'diverged', step: 1234 });
    expect(harness.tasks).toHaveLength(0);
    await harness.trainer.handle({ type: 'step', count: 3 });
    expect(harness.sessions[0].calls.reduce((sum, n) => sum + n, 0)).toBeLessThan(1_000_000);
  });
});

describe('pause, resume, reset, step, setHyperParameters, dispose', () => {
  it('pause cancels the pending tick and resume continues from the same step', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 3);
    await harness.trainer.handle({ type: 'pause' });
    expect(harness.tasks).toHaveLength(0);
    const paused = harness.trainer.current!.step;
    expect(harness.drain().pop()).toEqual({ type: 'status', run: 1, status: 'paused', step: paused });
    await harness.trainer.handle({ type: 'resume' });
    harness.runTask();
    const [status, snapshot] = harness.drain();
    expect(status).toMatchObject({ status: 'training' });
    expect(snapshot).toMatchObject({ type: 'snapshot', snapshot: { step: expect.any(Number) } });
    expect(harness.trainer.current!.step).toBeGreaterThan(paused);
  });

  it('a tick that was already queued does nothing after pause', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    const queued = harness.tasks[0];
    await harness.trainer.handle({ type: 'pause' });
    harness.drain();
    queued();
    expect(harness.drain()).toEqual([]);
  });

  it('reset goes back to step 0, stopped, with the new seed', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 3);
    harness.drain();
    await harness.trainer.handle({ type: 'reset', seed: 99 });
    expect(harness.sessions[0].resets).toEqual([99]);
    expect(harness.tasks).toHaveLength(0);
    const messages = harness.drain();
    expect(messages[0]).toMatchObject({ type: 'snapshot', snapshot: { step: 0 } });
    expect(messages[1]).toEqual({ type: 'status', run: 1, status: 'idle', step: 0 });
  });

  it('step runs n updates once and leaves the trainer paused, pausing first if training', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'step', count: 10 });
    expect(harness.sessions[0].calls).toEqual([10]);
    expect(harness.drain().map((message) => message.type)).toEqual(['snapshot', 'status']);
    await harness.trainer.handle({ type: 'start' });
    await harness.trainer.handle({ type: 'step', count: 1 });
    expect(harness.tasks).toHaveLength(0);
    expect(ofType(harness.drain(), 'status').map((message) => message.status)).toEqual(['training', 'paused']);
  });

  it('setHyperParameters reaches the session and restarts the pacing', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    runTicks(harness, 10);
    await harness.trainer.handle({ type: 'setHyperParameters', changes: { learningRate: 0.3 } });
    expect(harness.sessions[0].changes).toEqual([{ learningRate: 0.3 }]);
    expect(harness.trainer.current!.stepsPerTick).toBe(1);
  });

  it('setSnapshotRequest answers with a snapshot at once, even when paused', async () => {
    const harness = createHarness();
    await ready(harness);
    const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, resolution: 10 };
    await harness.trainer.handle({ type: 'setSnapshotRequest', request: { grid } });
    expect(harness.trainer.current!.request).toEqual({ grid });
    expect(ofType(harness.drain(), 'snapshot')).toHaveLength(1);
  });

  it('dispose frees the session, drops the pending tick and ignores what follows', async () => {
    const harness = createHarness();
    await ready(harness);
    await harness.trainer.handle({ type: 'start' });
    const queued = harness.tasks[0];
    harness.drain();
    await harness.trainer.handle({ type: 'dispose' });
    expect(harness.sessions[0].disposed).toBe(true);
    expect(harness.tasks).toHaveLength(0);
    queued();
    for (const type of ['start', 'pause', 'resume', 'reset', 'dispose'] as const) await harness.trainer.handle({ type });
    await harness.trainer.handle({ type: 'step', count: 5 });
    expect(harness.drain()).toEqual([]);
  });

  it('a lost backend restarts the run on the next backend and says so', async () => {
    const harness = createHarness({ backend: 'webgl' });
    await ready(harness, { spec: largeSpec, backend: 'webgl' });
    await harness.trainer.handle({ type: 'start' });
    harness.lose!('the WebGL context was lost');
    await harness.trainer.handle({ type: 'pause' });
    const messages = harness.drain();
    expect(messages[1]).toMatchObject({ type: 'fallback', from: 'webgl', to: 'wasm' });
    expect(messages[2]).toMatchObject({ type: 'ready', backend: 'wasm', snapshot: { step: 0 } });
    expect(harness.sessions[0].disposed).toBe(true);
    expect(harness.backendCalls.map((call) => call.preference)).toEqual(['webgl', 'wasm']);
  });

  it('a run that was training when its backend was lost goes on training on the next one', async () => {
    const harness = createHarness({ backend: 'webgl' });
    await ready(harness, { spec: largeSpec, backend: 'webgl' });
    await harness.trainer.handle({ type: 'start' });
    harness.drain();
    harness.lose!('the WebGL context was lost');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const messages = harness.drain();
    expect(messages.map((message) => message.type)).toEqual(['fallback', 'ready', 'status']);
    expect(messages.at(-1)).toMatchObject({ type: 'status', status: 'training' });
    expect(harness.trainer.current?.status).toBe('training');
  });

  it('a paused run stays paused on the next backend', async () => {
    const harness = createHarness({ backend: 'webgl' });
    await ready(harness, { spec: largeSpec, backend: 'webgl' });
    harness.drain();
    harness.lose!('the WebGL context was lost');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(harness.drain().map((message) => message.type)).toEqual(['fallback', 'ready']);
    expect(harness.trainer.current?.status).not.toBe('training');
  });
});
