/**
 * One training run inside the worker: a session and what the loop knows about it (status,
 * step, pacing, the pending tick). `handle.ts` decides; this holds the state and the verbs
 * that keep it consistent.
 */
import type { HyperParameters, Snapshot, SnapshotRequest, TfjsBackend, TrainingSession } from '../nn/session.types';
import type { InitMessage, TrainerStatus, WorkerToMain } from './protocol';

interface RunEnvironment {
  post(message: WorkerToMain): void;
  now(): number;
}

/** The interval between ticks of a paced run: about two frames. */
export const PACED_TICK_MS = 33;

export class TrainingRun {
  readonly id: number;
  status: TrainerStatus = 'idle';
  /** Updates done, as the last snapshot said. */
  step = 0;
  /** k, the updates the next tick will run. */
  stepsPerTick = 1;
  /** a, the estimated time of a snapshot alone, in milliseconds. */
  overheadMs = 0;
  request: SnapshotRequest | undefined;
  readonly maxSteps: number;
  /** Updates per paced tick, or null when training runs as fast as it can. */
  readonly pacedStepsPerTick: number | null;
  cancelTick: (() => void) | null = null;
  unwatch: () => void = () => {};

  constructor(
    readonly init: InitMessage,
    readonly session: TrainingSession,
    readonly backend: TfjsBackend | null,
    private readonly environment: RunEnvironment,
    defaultMaxSteps: number,
  ) {
    this.id = init.run;
    this.request = init.snapshot;
    const limit = init.maxSteps;
    this.maxSteps = limit !== undefined && limit >= 1 ? Math.floor(limit) : defaultMaxSteps;
    const pace = init.stepsPerSecond;
    this.pacedStepsPerTick = pace !== undefined && Number.isFinite(pace) && pace > 0
      ? Math.max(1, Math.round((pace * PACED_TICK_MS) / 1000))
      : null;
  }

  /** Records and announces a status. */
  setStatus(status: TrainerStatus, step = this.step): void {
    this.status = status;
    this.environment.post({ type: 'status', run: this.id, status, step });
  }

  /** Cancels the pending tick, if any. */
  stop(): void {
    this.cancelTick?.();
    this.cancelTick = null;
  }

  /** A snapshot of the current state, timed (after a warm-up call) to estimate a. */
  measureSnapshot(): Snapshot {
    this.session.snapshot(this.request);
    const began = this.environment.now();
    const snapshot = this.session.snapshot(this.request);
    this.overheadMs = Math.max(0, this.environment.now() - began);
    this.step = snapshot.step;
    return snapshot;
  }

  /** Back to step 0 (with a new seed if given), stopped, and says so with a snapshot. */
  reset(seed?: number): void {
    this.stop();
    this.session.reset(seed);
    const snapshot = this.session.snapshot(this.request);
    this.step = snapshot.step;
    this.environment.post({ type: 'snapshot', run: this.id, snapshot });
    this.setStatus('idle');
  }

  /** New hyper-parameters from the next update; pacing restarts since a step's cost changed. */
  setHyperParameters(changes: Partial<HyperParameters>): void {
    this.session.setHyperParameters(changes);
    this.stepsPerTick = 1;
  }

  /** A new snapshot request, with a snapshot that honours it at once (even when paused). */
  setSnapshotRequest(request: SnapshotRequest): void {
    this.request = request;
    this.environment.post({ type: 'snapshot', run: this.id, snapshot: this.measureSnapshot() });
  }

  /** Stops and frees the session's tensors. */
  dispose(): void {
    this.stop();
    this.unwatch();
    this.session.dispose();
  }
}
