/**
 * The training worker's logic, free of the worker itself: `createTrainer(environment)`
 * returns `handle(message)`, a state machine over one training session. The environment
 * supplies everything with a side effect — the session factory, the backend set-up, the
 * clock, the scheduler and the outbox — so that tests drive it synchronously with fakes.
 *
 * Training runs in ticks: each tick does k updates sized to take about 10 ms, then posts
 * one snapshot, then yields (so that pause and the other messages get in between ticks).
 * A run with a checkpoint plan never steps over a planned step, records the probe set's
 * activations there, and computes 'embed' requests in slices once it is not training
 * (run.ts, checkpoints.ts, embedder.ts).
 */
import type { SplitDataset } from '../data/dataset';
import type { SessionOptions, Snapshot, TfjsBackend, TrainingSession } from '../nn/session.types';
import { checkMemoryBudget } from './memoryBudget';
import { describeError, type BackendFallback } from './backend';
import { nextStepsPerTick } from './pacing';
import type { BackendPreference, DatasetSource, InitMessage, MainToWorker, WorkerToMain } from './protocol';
import { PACED_TICK_MS, TrainingRun } from './run';
import { chooseEngine, describeWorkload, type Workload } from './workload';

/** The side effects the trainer needs, injected. */
export interface TrainerEnvironment {
  /** May load the engine first (the worker imports tfjs only for a run on it). */
  createSession(options: SessionOptions): TrainingSession | Promise<TrainingSession>;
  resolveDataset(source: DatasetSource): SplitDataset | Promise<SplitDataset>;
  /** Sets up a tfjs backend for the work and says which; reports each fall-back on the way. */
  prepareBackend(
    preference: BackendPreference,
    workload: Workload,
    onFallback: (fallback: BackendFallback) => void,
  ): Promise<TfjsBackend>;
  /** Calls `onLost` if the backend in use stops working; returns the unsubscribe. */
  watchBackend?(backend: TfjsBackend, onLost: (reason: string) => void): () => void;
  post(message: WorkerToMain): void;
  /**
   * Runs `task` soon, after pending messages (or after `delayMs`, for paced training);
   * returns a cancel function.
   */
  schedule(task: () => void, delayMs?: number): () => void;
  /** Milliseconds from any fixed origin. */
  now(): number;
}

export interface Trainer {
  /** Processes one message; messages are processed in order, each after the previous settled. */
  handle(message: MainToWorker): Promise<void>;
  /** The run in progress, for tests. */
  readonly current: TrainingRun | null;
}

/** Training stops with 'done' here unless `init` says otherwise. */
export const DEFAULT_MAX_STEPS = 100_000;

/** Builds the trainer over `environment`. */
export function createTrainer(environment: TrainerEnvironment): Trainer {
  let current: TrainingRun | null = null;
  let queue: Promise<void> = Promise.resolve();

  function fail(run: number, error: unknown): void {
    if (current) {
      current.stop();
      // Quietly paused, so that 'start' may try again once the page has shown the error.
      if (current.status === 'training') current.status = 'paused';
    }
    environment.post({ type: 'error', run, message: describeError(error) });
  }

  function tick(run: TrainingRun): void {
    run.cancelTick = null;
    if (run !== current || run.status !== 'training') return;
    try {
      const count = run.limitSteps(run.pacedStepsPerTick ?? run.stepsPerTick);
      const began = environment.now();
      const snapshot = run.stepSession(count);
      const elapsed = environment.now() - began;
      run.overheadMs = Math.min(run.overheadMs, elapsed);
      run.stepsPerTick = nextStepsPerTick(count, elapsed, run.overheadMs);
      finishTick(run, snapshot);
    } catch (error) {
      fail(run.id, error);
    }
  }

  function finishTick(run: TrainingRun, snapshot: Snapshot): void {
    run.step = snapshot.step;
    environment.post({ type: 'snapshot', run: run.id, snapshot });
    if (snapshot.status === 'diverged') run.setStatus('diverged', snapshot.divergedAt ?? snapshot.step);
    else if (run.step >= run.maxSteps) run.setStatus('done');
    else run.cancelTick = environment.schedule(() => tick(run), run.pacedStepsPerTick === null ? undefined : PACED_TICK_MS);
  }

  function startTraining(run: TrainingRun): void {
    if (run.status === 'training') return;
    if (run.status === 'done' || run.status === 'diverged') return run.setStatus(run.status);
    run.setStatus('training');
    run.cancelTick = environment.schedule(() => tick(run));
  }

  function stepOnce(run: TrainingRun, requested: number): void {
    if (run.status === 'done' || run.status === 'diverged') return run.setStatus(run.status);
    run.stop();
    const snapshot = run.stepSession(run.limitSteps(Math.floor(requested)));
    run.step = snapshot.step;
    environment.post({ type: 'snapshot', run: run.id, snapshot });
    if (snapshot.status === 'diverged') run.setStatus('diverged', snapshot.divergedAt ?? snapshot.step);
    else run.setStatus(run.step >= run.maxSteps ? 'done' : 'paused');
  }

  /** Builds the session on the engine (and backend) the message asks for, falling back. */
  async function openSession(message: InitMessage, data: SplitDataset, preference: BackendPreference) {
    const options = { spec: message.spec, data, hyper: message.hyper, seed: message.seed };
    const notify = (from: BackendFallback['from'] | 'typed', to: BackendFallback['to'], reason: string) =>
      environment.post({ type: 'fallback', run: message.run, from, to, reason });
    if (chooseEngine(message.engine, message.spec, message.hyper, data.train.count) === 'typed') {
      try {
        return { session: await environment.createSession({ ...options, engine: 'typed' }), backend: null };
      } catch (error) {
        if (message.engine === 'typed') throw error;
        const backend = await prepare(message, data, preference, notify);
        notify('typed', backend, describeError(error));
        return { session: await environment.createSession({ ...options, engine: 'tfjs' }), backend };
      }
    }
    const backend = await prepare(message, data, preference, notify);
    return { session: await environment.createSession({ ...options, engine: 'tfjs' }), backend };
  }

  function prepare(
    message: InitMessage,
    data: SplitDataset,
    preference: BackendPreference,
    notify: (from: TfjsBackend, to: TfjsBackend, reason: string) => void,
  ): Promise<TfjsBackend> {
    const workload = describeWorkload(message.spec, message.hyper, data.train.count);
    return environment.prepareBackend(preference, workload, (fallback) =>
      notify(fallback.from, fallback.to, fallback.reason));
  }

  async function initialise(message: InitMessage, preference = message.backend): Promise<void> {
    current?.dispose();
    current = null;
    const data = await environment.resolveDataset(message.dataset);
    checkMemoryBudget(message.spec, message.hyper, data);
    const { session, backend } = await openSession(message, data, preference);
    const run = new TrainingRun(message, session, backend, environment, DEFAULT_MAX_STEPS, data);
    current = run;
    const snapshot = run.measureSnapshot();
    environment.post({ type: 'ready', run: run.id, engine: session.engine, backend, snapshot });
    run.recordCheckpointNow();
    if (backend !== null && environment.watchBackend) {
      run.unwatch = environment.watchBackend(backend, (reason) => void handleLoss(run, backend, reason));
    }
  }

  /**
   * A backend died under a run: restart it from step 0 on the next backend in line, and keep
   * training if it was training (the weights lived on the lost GPU, so they cannot be carried).
   */
  function handleLoss(run: TrainingRun, lost: TfjsBackend, reason: string): Promise<void> {
    queue = queue.then(async () => {
      if (run !== current) return;
      const wasTraining = run.status === 'training';
      const next: BackendPreference = lost === 'webgl' ? 'wasm' : 'cpu';
      environment.post({ type: 'fallback', run: run.id, from: lost, to: next, reason: `${reason}; training restarts from step 0` });
      await initialise(run.init, next);
      if (wasTraining && current) startTraining(current);
    }).catch((error: unknown) => fail(run.id, error));
    return queue;
  }

  function process(message: MainToWorker): Promise<void> | void {
    if (message.type === 'init') return initialise(message);
    const run = current;
    if (run === null) return;
    switch (message.type) {
      case 'start':
      case 'resume':
        return startTraining(run);
      case 'pause':
        if (run.status === 'training') { run.stop(); run.setStatus('paused'); }
        return;
      case 'reset':
        return run.reset(message.seed);
      case 'setHyperParameters':
        return run.setHyperParameters(message.changes);
      case 'setSnapshotRequest':
        return run.setSnapshotRequest(message.request);
      case 'step':
        return stepOnce(run, message.count);
      case 'embed':
        return run.embedder?.want(message.requests);
      case 'dispose':
        run.dispose();
        current = null;
        return;
    }
  }

  return {
    handle(message) {
      const runId = message.type === 'init' ? message.run : (current?.id ?? 0);
      queue = queue.then(() => process(message)).catch((error: unknown) => fail(runId, error));
      return queue;
    },
    get current() {
      return current;
    },
  };
}
