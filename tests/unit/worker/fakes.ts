/**
 * Fakes for driving the trainer synchronously: a clock the fake session advances, a
 * scheduler whose tasks the test runs one by one, and a session that counts steps.
 */
import type { SplitDataset } from '@/lib/data/dataset';
import type { HyperParameters, SessionOptions, Snapshot, TrainingSession } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import type { TfjsBackend } from '@/lib/nn/session.types';
import type { BackendFallback } from '@/lib/worker/backend';
import { createTrainer, type TrainerEnvironment } from '@/lib/worker/handle';
import type { InitMessage, WorkerToMain } from '@/lib/worker/protocol';

export const smallSpec: ModelSpec = {
  inputSize: 2,
  hidden: [{ units: 4, activation: 'tanh', useBias: true }, { units: 2, activation: 'tanh', useBias: true }],
  outputSize: 1,
  head: 'sigmoid',
  outputBias: true,
  initialisation: 'glorot',
};

export const largeSpec: ModelSpec = {
  inputSize: 784,
  hidden: [{ units: 128, activation: 'relu', useBias: true }, { units: 128, activation: 'relu', useBias: true }],
  outputSize: 10,
  head: 'softmax',
  outputBias: true,
  initialisation: 'he',
};

export const hyper: HyperParameters = {
  learningRate: 0.03, batchSize: 10, optimiser: 'sgd', momentum: 0, loss: 'crossEntropy', l2: 0, dropout: 0,
};

/** Four points of XOR, twice: enough for a session to chew on. */
export function tinyData(): SplitDataset {
  const part = {
    count: 4, inputSize: 2, classes: 2,
    inputs: new Float32Array([-1, -1, -1, 1, 1, -1, 1, 1]), labels: new Int32Array([0, 1, 1, 0]),
  };
  return { train: part, validation: { ...part, inputs: part.inputs.slice(), labels: part.labels.slice() } };
}

export function initMessage(overrides: Partial<InitMessage> = {}): InitMessage {
  return {
    type: 'init', run: 1, spec: smallSpec, dataset: { kind: 'arrays', data: tinyData() }, hyper, seed: 7,
    engine: 'auto', backend: 'auto', ...overrides,
  };
}

export interface FakeSessionOptions {
  /** Milliseconds of fake time per update. */
  stepMs: number;
  /** Milliseconds of fake time per snapshot. */
  snapshotMs: number;
  /** The update at which the loss becomes NaN. */
  divergeAt?: number;
}

export interface FakeSession extends TrainingSession {
  options: SessionOptions;
  disposed: boolean;
  resets: (number | undefined)[];
  changes: Partial<HyperParameters>[];
  /** The n of every `step(n)` call. */
  calls: number[];
}

export function createFakeClock() {
  let time = 0;
  return { now: () => time, advance: (milliseconds: number) => { time += milliseconds; } };
}

export function createFakeSession(
  options: SessionOptions,
  clock: { advance(milliseconds: number): void },
  costs: FakeSessionOptions,
): FakeSession {
  let step = 0;
  let divergedAt: number | null = null;
  const snapshot = (): Snapshot => ({
    status: divergedAt === null ? 'ready' : 'diverged', step, epoch: step / 10, divergedAt,
    trainLoss: divergedAt === null ? 1 / (1 + step) : NaN, validationLoss: 1, trainAccuracy: 0.5,
    validationAccuracy: 0.5, layers: [],
  });
  const session: FakeSession = {
    engine: options.engine, options, disposed: false, resets: [], changes: [], calls: [],
    step(n) {
      session.calls.push(n);
      for (let index = 0; index < n && divergedAt === null; index++) {
        step++;
        if (costs.divergeAt !== undefined && step >= costs.divergeAt) divergedAt = step;
      }
      clock.advance(n * costs.stepMs + costs.snapshotMs);
      return snapshot();
    },
    snapshot() {
      clock.advance(costs.snapshotMs);
      return snapshot();
    },
    setHyperParameters(changes) { session.changes.push(changes); },
    reset(seed) { session.resets.push(seed); step = 0; divergedAt = null; },
    getWeights: () => [],
    setWeights: () => {},
    predict: () => new Float32Array(0),
    dispose() { session.disposed = true; },
  };
  return session;
}

export interface Harness {
  trainer: ReturnType<typeof createTrainer>;
  posted: WorkerToMain[];
  sessions: FakeSession[];
  tasks: (() => void)[];
  /** The delay asked for with each scheduled task (undefined for "soon"). */
  delays: (number | undefined)[];
  backendCalls: { preference: string; flops: number }[];
  /** Runs the oldest scheduled task; false when none is waiting. */
  runTask(): boolean;
  /** The kinds of messages posted since the last call. */
  drain(): WorkerToMain[];
  lose?: (reason: string) => void;
}

export interface HarnessOptions extends Partial<FakeSessionOptions> {
  /** Throws instead of creating a session of this engine. */
  failEngine?: 'typed' | 'tfjs';
  fallbacks?: BackendFallback[];
  backend?: TfjsBackend;
}

export function createHarness(options: HarnessOptions = {}): Harness {
  const clock = createFakeClock();
  const posted: WorkerToMain[] = [];
  const sessions: FakeSession[] = [];
  const tasks: (() => void)[] = [];
  const delays: (number | undefined)[] = [];
  const backendCalls: Harness['backendCalls'] = [];
  let drained = 0;
  const harness: Harness = {
    posted, sessions, tasks, delays, backendCalls, trainer: undefined as never,
    runTask() {
      const task = tasks.shift();
      task?.();
      return task !== undefined;
    },
    drain() {
      const fresh = posted.slice(drained);
      drained = posted.length;
      return fresh;
    },
  };
  const environment: TrainerEnvironment = {
    createSession(sessionOptions) {
      if (sessionOptions.engine === options.failEngine) throw new Error(`no ${sessionOptions.engine} for this net`);
      const session = createFakeSession(sessionOptions, clock, {
        stepMs: options.stepMs ?? 0.01, snapshotMs: options.snapshotMs ?? 1, divergeAt: options.divergeAt,
      });
      sessions.push(session);
      return session;
    },
    resolveDataset(source) {
      if (source.kind === 'arrays') return source.data;
      throw new Error(`Unknown dataset generator '${source.name}'`);
    },
    async prepareBackend(preference, workload, onFallback) {
      backendCalls.push({ preference, flops: workload.flopsPerStep });
      for (const fallback of options.fallbacks ?? []) onFallback(fallback);
      return preference === 'auto' ? (options.backend ?? 'wasm') : preference;
    },
    watchBackend(_backend, onLost) {
      harness.lose = onLost;
      return () => { harness.lose = undefined; };
    },
    post: (message) => posted.push(message),
    schedule(task, delayMs) {
      tasks.push(task);
      delays.push(delayMs);
      return () => {
        const index = tasks.indexOf(task);
        if (index >= 0) tasks.splice(index, 1);
      };
    },
    now: clock.now,
  };
  harness.trainer = createTrainer(environment);
  return harness;
}

/** The messages of one type, narrowed. */
export function ofType<T extends WorkerToMain['type']>(messages: WorkerToMain[], type: T) {
  return messages.filter((message): message is Extract<WorkerToMain, { type: T }> => message.type === type);
}
