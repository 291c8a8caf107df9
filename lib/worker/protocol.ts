/**
 * The messages between a page and its training worker. Both directions are discriminated
 * unions on `type`, so a `switch` over them is checked for exhaustiveness.
 *
 * Every message the worker sends carries the `run` of the `init` it belongs to: a page that
 * re-initialises (new data, new architecture) ignores the stragglers of the previous run.
 */
import type { SplitDataset } from '../data/dataset';
import type {
  EngineName,
  HyperParameters,
  Snapshot,
  SnapshotRequest,
  TfjsBackend,
} from '../nn/session.types';
import type { ModelSpec } from '../nn/spec';

/** Which engine trains: one of them, or 'auto' (the worker picks by the network's size). */
export type EngineChoice = 'auto' | EngineName;
/** Which tfjs backend to use: one of them, or 'auto' (the worker measures and decides). */
export type BackendPreference = 'auto' | TfjsBackend;

/** A parameter of a named dataset generator (noise, count, classes …). */
export type GeneratorParameter = number | string | boolean;

/**
 * Where the training data comes from: sent whole as arrays, or named so the worker
 * generates it from a seed (a few bytes over the wire instead of the whole set).
 */
export type DatasetSource =
  | { kind: 'arrays'; data: SplitDataset }
  | {
      kind: 'generator';
      /** A generator registered in `lib/worker/datasets.ts`, such as 'circle' or 'spiral'. */
      name: string;
      params: Record<string, GeneratorParameter>;
      seed: number;
    };

/** Everything the worker needs to build a training session. */
export interface InitMessage {
  type: 'init';
  /** Chosen by the page, increasing; echoed on every reply about this session. */
  run: number;
  spec: ModelSpec;
  dataset: DatasetSource;
  hyper: HyperParameters;
  seed: number;
  engine: EngineChoice;
  backend: BackendPreference;
  /** What each snapshot carries beyond the numbers (grid, probe activations, weights). */
  snapshot?: SnapshotRequest;
  /** Training stops with status 'done' at this many updates. */
  maxSteps?: number;
  /**
   * At most this many updates per second, so that a reader can watch a small net learn
   * (it would otherwise finish between two frames); as fast as possible when absent.
   */
  stepsPerSecond?: number;
}

/** Messages from the page to the worker. */
export type MainToWorker =
  | InitMessage
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'reset'; seed?: number }
  | { type: 'setHyperParameters'; changes: Partial<HyperParameters> }
  | { type: 'setSnapshotRequest'; request: SnapshotRequest }
  /** Runs `count` updates once (the "step" button), pausing first if training. */
  | { type: 'step'; count: number }
  | { type: 'dispose' };

/** Where a session is in its life, as the worker reports it. */
export type TrainerStatus = 'idle' | 'training' | 'paused' | 'done' | 'diverged';

/** A strategy the worker may fall back from or to: a tfjs backend, or the typed engine. */
export type ComputeTarget = TfjsBackend | 'typed';

/** Messages from the worker to the page. */
export type WorkerToMain =
  | {
      type: 'ready';
      run: number;
      engine: EngineName;
      /** The tfjs backend in use, or null when the typed engine needs none. */
      backend: TfjsBackend | null;
      /** The state at step 0, so the page can draw before training starts. */
      snapshot: Snapshot;
    }
  | { type: 'snapshot'; run: number; snapshot: Snapshot }
  | { type: 'status'; run: number; status: TrainerStatus; step: number }
  | { type: 'fallback'; run: number; from: ComputeTarget; to: ComputeTarget; reason: string }
  | { type: 'error'; run: number; message: string };

const mainTypes: ReadonlySet<string> = new Set([
  'init', 'start', 'pause', 'resume', 'reset', 'setHyperParameters', 'setSnapshotRequest',
  'step', 'dispose',
]);
const workerTypes: ReadonlySet<string> = new Set(['ready', 'snapshot', 'status', 'fallback', 'error']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function hasValidFields(message: Record<string, unknown>): boolean {
  switch (message.type) {
    case 'init':
      return typeof message.run === 'number' && isRecord(message.spec) && isRecord(message.dataset)
        && isRecord(message.hyper) && typeof message.seed === 'number';
    case 'step':
      return typeof message.count === 'number' && Number.isFinite(message.count);
    case 'reset':
      return message.seed === undefined || typeof message.seed === 'number';
    case 'setHyperParameters':
      return isRecord(message.changes);
    case 'setSnapshotRequest':
      return isRecord(message.request);
    default:
      return true;
  }
}

/** Whether `value` (from a `MessageEvent`) is a message the worker understands. */
export function isMainToWorker(value: unknown): value is MainToWorker {
  return isRecord(value) && typeof value.type === 'string' && mainTypes.has(value.type)
    && hasValidFields(value);
}

/** Whether `value` (from a `MessageEvent`) is a message the page understands. */
export function isWorkerToMain(value: unknown): value is WorkerToMain {
  return isRecord(value) && typeof value.type === 'string' && workerTypes.has(value.type)
    && typeof value.run === 'number';
}
