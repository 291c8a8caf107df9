/**
 * One training run inside the worker: a session and what the loop knows about it (status,
 * step, pacing, the pending tick). `handle.ts` decides; this holds the state and the verbs
 * that keep it consistent.
 */
import type { SplitDataset } from '../data/dataset';
import type { HyperParameters, Snapshot, SnapshotRequest, TfjsBackend, TrainingSession } from '../nn/session.types';
import { CheckpointRecorder, withoutActivations } from './checkpoints';
import { createEmbedder, type Embedder } from './embedder';
import type { InitMessage, TrainerStatus, WorkerToMain } from './protocol';

interface RunEnvironment {
  post(message: WorkerToMain): void;
  schedule(task: () => void): () => void;
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
  /** The checkpoints kept for embedding, when `init` planned any, and their embedder. */
  readonly checkpoints: CheckpointRecorder | null;
  readonly embedder: Embedder | null;

  constructor(
    readonly init: InitMessage,
    readonly session: TrainingSession,
    readonly backend: TfjsBackend | null,
    private readonly environment: RunEnvironment,
    defaultMaxSteps: number,
    data: SplitDataset,
  ) {
    this.id = init.run;
    this.request = init.snapshot;
    const limit = init.maxSteps;
    this.maxSteps = limit !== undefined && limit >= 1 ? Math.floor(limit) : defaultMaxSteps;
    const pace = init.stepsPerSecond;
    this.pacedStepsPerTick = pace !== undefined && Number.isFinite(pace) && pace > 0
      ? Math.max(1, Math.round((pace * PACED_TICK_MS) / 1000))
      : null;
    this.checkpoints = init.checkpoints ? new CheckpointRecorder(init.checkpoints, data) : null;
    this.embedder = this.checkpoints ? createEmbedder(this.id, this.checkpoints, environment, () => this.status === 'training') : null;
  }

  /** At most `count` updates, cut short so that no planned checkpoint is stepped over. */
  limitSteps(count: number): number {
    return Math.max(1, Math.min(count, this.maxSteps - this.step, this.checkpoints?.stepsUntilNext(this.step) ?? Infinity));
  }

  /**
   * Runs `count` updates; when they end on a planned checkpoint the snapshot also measures the
   * probe set, which is recorded and announced. Returns the snapshot the page asked for.
   */
  stepSession(count: number): Snapshot {
    const wanted = this.checkpoints?.wants(this.step + count) ?? false;
    const request = wanted ? this.checkpoints!.requestWithProbe(this.request) : this.request;
    const snapshot = this.session.step(count, request);
    if (wanted) this.keepCheckpoint(snapshot);
    return withoutActivations(snapshot, this.request);
  }

  /** Records the current state if a checkpoint is planned here (step 0 after init or reset). */
  recordCheckpointNow(): void {
    if (this.checkpoints?.wants(this.session.snapshot().step)) {
      this.keepCheckpoint(this.session.snapshot(this.checkpoints.requestWithProbe(this.request)));
    }
  }

  private keepCheckpoint(snapshot: Snapshot): void {
    if (!this.checkpoints?.record(snapshot)) return;
    this.announceCheckpoints();
    this.embedder?.wake();
  }

  private announceCheckpoints(): void {
    if (!this.checkpoints) return;
    const { generation } = this.checkpoints;
    this.environment.post({ type: 'checkpoints', run: this.id, generation, checkpoints: this.checkpoints.describe() });
  }

  /** Records and announces a status. */
  setStatus(status: TrainerStatus, step = this.step): void {
    this.status = status;
    this.environment.post({ type: 'status', run: this.id, status, step });
    if (status !== 'training') this.embedder?.wake();
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
    this.embedder?.clear();
    this.checkpoints?.clear();
    this.announceCheckpoints();
    const snapshot = this.session.snapshot(this.request);
    this.step = snapshot.step;
    this.environment.post({ type: 'snapshot', run: this.id, snapshot });
    this.recordCheckpointNow();
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
    this.embedder?.cancel();
    this.unwatch();
    this.session.dispose();
  }
}
