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
  /** Steps at which to keep the probe set's activations, for `embed` requests. */
  checkpoints?: CheckpointPlan;
}

/**
 * Which states of the network to keep for embedding: at each of `steps` (0 = untrained) the
 * worker records every layer's activations on the probe set, the first `probeCount` samples
 * of the validation split (held out from training). The linear probes train on the first
 * half of the probe set and report accuracy on the second; the first `embedCount` are drawn.
 */
export interface CheckpointPlan {
  steps: number[];
  probeCount: number;
  embedCount: number;
}

/** What the worker says of a recorded checkpoint. */
export interface CheckpointInfo {
  step: number;
  epoch: number;
  validationAccuracy: number | null;
}

/** How layers are flattened to 2-D: t-SNE (neighbourhoods) or PCA (the top two variance axes). */
export type EmbedMethod = 'tsne' | 'pca';

/** One embedding the page wants: every layer of the network at checkpoint `checkpoint` (a step). */
export interface EmbedRequest {
  checkpoint: number;
  method: EmbedMethod;
  /** t-SNE's perplexity (ignored by PCA). */
  perplexity: number;
  seed: number;
  /** Whether to post intermediate t-SNE frames (at most one per `EMBED_FRAME_MS`) or only the result. */
  frames: boolean;
}

/** Intermediate embedding frames are posted at most this often, in milliseconds. */
export const EMBED_FRAME_MS = 150;

/** A request's identity: the same key, the same picture (within one `generation` of checkpoints). */
export function embedKey(request: EmbedRequest): string {
  const perplexity = request.method === 'tsne' ? request.perplexity : 0;
  return `${request.checkpoint}|${request.method}|${perplexity}|${request.seed}`;
}

/**
 * Every layer of one checkpoint flattened to 2-D, input first, then the hidden layers, then the
 * output logits; with each layer's linear-probe validation accuracy.
 */
export interface Embedding {
  key: string;
  request: EmbedRequest;
  /** Counts resets: embeddings of an older generation describe weights that are gone. */
  generation: number;
  /** t-SNE iterations done and planned (PCA: 1 of 1). */
  iteration: number;
  iterations: number;
  done: boolean;
  /** Points embedded, n. */
  count: number;
  /** Per layer, n × 2 positions, row-major. */
  layers: Float32Array[];
  /** Per layer, the probe's validation accuracy in [0, 1]. */
  probeAccuracy: number[];
  /** PCA only: per layer, the share of variance the two axes explain. */
  explained: number[] | null;
  /** The n embedded inputs (n × d, row-major) and their true classes, for drawing and hovering. */
  inputs: Float32Array;
  inputSize: number;
  labels: Int32Array;
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
  /**
   * The embeddings the page wants now, most wanted first: queued ones not in the list are
   * dropped, finished ones are posted again at once, the rest are computed in order.
   */
  | { type: 'embed'; requests: EmbedRequest[] }
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
  | { type: 'error'; run: number; message: string }
  /** Every checkpoint recorded so far (all of them, after each change; a reset starts a new generation). */
  | { type: 'checkpoints'; run: number; generation: number; checkpoints: CheckpointInfo[] }
  | { type: 'embedding'; run: number; embedding: Embedding };

const mainTypes: ReadonlySet<string> = new Set([
  'init', 'start', 'pause', 'resume', 'reset', 'setHyperParameters', 'setSnapshotRequest',
  'step', 'embed', 'dispose',
]);
const workerTypes: ReadonlySet<string> = new Set(['ready', 'snapshot', 'status', 'fallback', 'error', 'checkpoints', 'embedding']);

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
    case 'embed':
      return Array.isArray(message.requests) && message.requests.every(isEmbedRequest);
    default:
      return true;
  }
}

function isEmbedRequest(value: unknown): value is EmbedRequest {
  return isRecord(value) && Number.isInteger(value.checkpoint) && (value.method === 'tsne' || value.method === 'pca')
    && typeof value.perplexity === 'number' && Number.isFinite(value.perplexity) && typeof value.seed === 'number'
    && typeof value.frames === 'boolean';
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
