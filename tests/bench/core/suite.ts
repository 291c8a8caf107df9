/**
 * The measurements that run the same in the page and in Node: training throughput and the
 * decision-grid evaluation, for one net on one engine (and tfjs backend).
 */
import { createSession } from '@/lib/nn/session';
import type { EngineName, HyperParameters, TfjsBackend, TrainingSession } from '@/lib/nn/session.types';
import { describeError } from '@/lib/worker/backend';
import { medianMs, unitsPerSecond } from './measure';
import { baseHyper, gridInputs, loadData, specs, type NetName } from './nets';

export interface Target {
  engine: EngineName;
  backend?: TfjsBackend;
}

/** Makes a tfjs backend active (the page sets up wasm and webgl; Node has cpu). */
export type BackendSetUp = (backend: TfjsBackend) => Promise<void>;

async function openSession(setUp: BackendSetUp, net: NetName, target: Target, hyper: Partial<HyperParameters>) {
  if (target.engine === 'tfjs') await setUp(target.backend ?? 'cpu');
  const { data } = await loadData(net);
  const session = createSession({ spec: specs[net], data, hyper: { ...baseHyper, ...hyper }, seed: 1, engine: target.engine });
  return { session, trainCount: data.train.count };
}

/** Runs `measure` on a fresh session and disposes it; errors become `{ error }`. */
async function withSession<T>(
  setUp: BackendSetUp, net: NetName, target: Target, hyper: Partial<HyperParameters>,
  measure: (session: TrainingSession, trainCount: number) => Promise<T>,
): Promise<T | { error: string }> {
  let session: TrainingSession | null = null;
  try {
    const opened = await openSession(setUp, net, target, hyper);
    session = opened.session;
    return await measure(opened.session, opened.trainCount);
  } catch (error) {
    return { error: describeError(error) };
  } finally {
    session?.dispose();
  }
}

/**
 * Training samples per second: medians of 5 calls of step(n) of about 150 ms each, with the
 * one snapshot each call computes (losses on the train and validation sets) timed apart and
 * taken out, so the figure is the updates' own cost.
 */
export function throughput(setUp: BackendSetUp, options: { net: NetName; batch: number | 'full'; repeats?: number } & Target) {
  return withSession(setUp, options.net, options, { batchSize: options.batch }, async (session, trainCount) => {
    const batch = options.batch === 'full' ? trainCount : options.batch;
    const snapshotMs = await medianMs(() => session.snapshot(), 3);
    const steps = await unitsPerSecond((n) => session.step(n), { repeats: options.repeats ?? 5, repeatMs: 150, maximumN: 1 << 22 });
    const callMs = (steps.n * 1000) / steps.median;
    const updatesMs = Math.max(callMs - snapshotMs, callMs * 0.05);
    return {
      samplesPerSecond: ((steps.n * 1000) / updatesMs) * batch,
      withSnapshotPerSecond: steps.median * batch,
      stepsPerCall: steps.n, snapshotMs, batch,
    };
  });
}

/** The decision field: outputs on 100 × 100 points, the median of 9 evaluations (ms). */
export function grid(setUp: BackendSetUp, options: { net: NetName } & Target) {
  const inputs = gridInputs(100);
  return withSession(setUp, options.net, options, {}, async (session) => ({
    ms: await medianMs(() => session.predict(inputs, 10_000), 9),
  }));
}
