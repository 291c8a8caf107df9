/**
 * The page's side of the protocol, without React or the DOM: what the trainer looks like
 * after each worker message (a reducer), snapshots delivered at most once per frame, and
 * which messages a change of configuration needs. `useTrainer` is a thin layer over these.
 */
import type { EngineName, HyperParameters, Snapshot, SnapshotRequest, TfjsBackend } from '../nn/session.types';
import type { CheckpointInfo, ComputeTarget, DatasetSource, Embedding, TrainerStatus, WorkerToMain } from './protocol';

/** What a widget shows: the worker's status, plus before-ready and failure. */
export type TrainerPhase = 'idle' | 'loading' | TrainerStatus | 'error';

export interface FallbackNotice {
  from: ComputeTarget;
  to: ComputeTarget;
  reason: string;
}

export interface TrainerView {
  status: TrainerPhase;
  engine: EngineName | null;
  backend: TfjsBackend | null;
  snapshot: Snapshot | null;
  error: string | null;
  /** Every fall-back of the current run, oldest first. */
  fallbacks: FallbackNotice[];
  /** The step at which training diverged, while status is 'diverged'. */
  divergedAt: number | null;
  /** The checkpoints the worker keeps for embedding (when the config plans some), by step. */
  checkpoints: CheckpointInfo[];
  /** Counts the worker's resets of its checkpoints; embeddings of older generations are dropped. */
  checkpointGeneration: number;
  /** The latest frame or result of each embedding asked for, by `embedKey`. */
  embeddings: Readonly<Record<string, Embedding>>;
}

export const initialTrainerView: TrainerView = {
  status: 'idle', engine: null, backend: null, snapshot: null, error: null, fallbacks: [], divergedAt: null,
  checkpoints: [], checkpointGeneration: 0, embeddings: {},
};

/** The view with `embedding` kept, unless it is stale: an older generation, or a frame after the result. */
function keepEmbedding(view: TrainerView, embedding: Embedding): TrainerView {
  if (embedding.generation !== view.checkpointGeneration) return view;
  const held = view.embeddings[embedding.key];
  if (held?.done && !embedding.done) return view;
  return { ...view, embeddings: { ...view.embeddings, [embedding.key]: embedding } };
}

export type TrainerAction =
  | { kind: 'loading' }
  | { kind: 'stopped' }
  | { kind: 'crashed'; message: string }
  | { kind: 'snapshot'; snapshot: Snapshot }
  | { kind: 'message'; message: Exclude<WorkerToMain, { type: 'snapshot' }> };

function applyMessage(view: TrainerView, message: Exclude<WorkerToMain, { type: 'snapshot' }>): TrainerView {
  switch (message.type) {
    case 'ready':
      return { ...view, status: 'idle', engine: message.engine, backend: message.backend, snapshot: message.snapshot, error: null, divergedAt: null };
    case 'status':
      return { ...view, status: message.status, divergedAt: message.status === 'diverged' ? message.step : null };
    case 'fallback':
      return { ...view, fallbacks: [...view.fallbacks, { from: message.from, to: message.to, reason: message.reason }] };
    case 'error':
      return { ...view, status: 'error', error: message.message };
    case 'checkpoints': {
      const fresh = message.generation !== view.checkpointGeneration;
      return { ...view, checkpoints: message.checkpoints, checkpointGeneration: message.generation, embeddings: fresh ? {} : view.embeddings };
    }
    case 'embedding':
      return keepEmbedding(view, message.embedding);
  }
}

/** The view after `action`. */
export function reduceTrainerView(view: TrainerView, action: TrainerAction): TrainerView {
  switch (action.kind) {
    case 'loading':
      return { ...initialTrainerView, status: 'loading', snapshot: view.snapshot };
    case 'stopped':
      return { ...view, status: 'idle' };
    case 'crashed':
      return { ...view, status: 'error', error: action.message };
    case 'snapshot':
      return { ...view, snapshot: action.snapshot };
    case 'message':
      return applyMessage(view, action.message);
  }
}

export interface FrameThrottle<T> {
  /** Keeps `value` as the latest; it is delivered at the next frame (older ones are dropped). */
  push(value: T): void;
  /** Drops what is pending and cancels the frame. */
  cancel(): void;
  /** The pending value, if any, taken now instead of at the next frame (which is cancelled). */
  take(): T | null;
}

/** Delivers the latest pushed value once per frame of `requestFrame` (requestAnimationFrame). */
export function createFrameThrottle<T>(
  deliver: (value: T) => void,
  requestFrame: (callback: () => void) => number,
  cancelFrame: (handle: number) => void,
): FrameThrottle<T> {
  let latest: { value: T } | null = null;
  let frame: number | null = null;
  const flush = () => {
    frame = null;
    const held = latest;
    latest = null;
    if (held) deliver(held.value);
  };
  return {
    push(value) {
      latest = { value };
      if (frame === null) frame = requestFrame(flush);
    },
    cancel() {
      if (frame !== null) cancelFrame(frame);
      frame = null;
      latest = null;
    },
    take() {
      const held = latest;
      this.cancel();
      return held ? held.value : null;
    },
  };
}

/** The hyper-parameters that differ between what the worker has and what is wanted, or null. */
export function diffHyperParameters(
  sent: HyperParameters,
  wanted: HyperParameters,
): Partial<HyperParameters> | null {
  const changes: Partial<HyperParameters> = {};
  let changed = false;
  for (const name of Object.keys(wanted) as (keyof HyperParameters)[]) {
    if (sent[name] !== wanted[name]) {
      (changes as Record<string, unknown>)[name] = wanted[name];
      changed = true;
    }
  }
  return changed ? changes : null;
}

/**
 * A key that changes when a session must be rebuilt: the architecture, the data (arrays by
 * identity, a generator by its name, parameters and seed), the engine, backend, step limit
 * and checkpoint plan.
 */
export function sessionKey(
  parts: { spec: unknown; dataset: DatasetSource; engine: string; backend: string; maxSteps?: number; stepsPerSecond?: number; checkpoints?: unknown },
  arrayIdentity: (data: object) => number,
): string {
  const data = parts.dataset.kind === 'arrays' ? { arrays: arrayIdentity(parts.dataset.data) } : parts.dataset;
  const key: unknown[] = [parts.spec, data, parts.engine, parts.backend, parts.maxSteps ?? null, parts.stepsPerSecond ?? null];
  // Appended only when planned, so that the keys of configs without checkpoints stay as they were.
  if (parts.checkpoints !== undefined) key.push(parts.checkpoints);
  return JSON.stringify(key);
}

/** A key for a snapshot request (probe inputs by identity, the rest by value). */
export function requestKey(request: SnapshotRequest | undefined, arrayIdentity: (data: object) => number): string {
  if (!request) return '';
  const probe = request.probe ? [arrayIdentity(request.probe.inputs), request.probe.count] : null;
  return JSON.stringify([probe, request.grid ?? null, request.weights ?? false]);
}

/** Numbers objects by identity, for keys: the same object always gets the same number. */
export function createIdentityCounter(): (data: object) => number {
  const ids = new WeakMap<object, number>();
  let next = 1;
  return (data) => {
    let id = ids.get(data);
    if (id === undefined) {
      id = next++;
      ids.set(data, id);
    }
    return id;
  };
}
