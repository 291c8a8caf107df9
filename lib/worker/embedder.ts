/**
 * The worker's queue of embeddings for one run. The page says which embeddings it wants, most
 * wanted first (`want`); the embedder drops the others, posts finished ones again at once, and
 * computes the rest one after another in slices of about `EMBED_SLICE_MS`, between training
 * ticks, so that pause and new requests get in between. A request for a checkpoint not yet
 * recorded waits until it is; and nothing is computed while the run trains: training comes
 * first (sharing the worker would slow it several-fold), the pictures once it pauses or ends.
 */
import type { CheckpointRecorder } from './checkpoints';
import { createEmbedCache, createEmbedJob, type EmbedJob } from './embedJob';
import { EMBED_FRAME_MS, embedKey, type EmbedRequest, type Embedding, type WorkerToMain } from './protocol';

/** The work one slice does before yielding, in milliseconds. */
export const EMBED_SLICE_MS = 12;

interface EmbedderEnvironment {
  post(message: WorkerToMain): void;
  schedule(task: () => void): () => void;
  now(): number;
}

export interface Embedder {
  /** Replaces the wish list. */
  want(requests: EmbedRequest[]): void;
  /** A checkpoint was recorded or training stopped: waiting requests may start. */
  wake(): void;
  /** Forgets everything (a reset: the checkpoints are gone). */
  clear(): void;
  /** Stops the pending slice. */
  cancel(): void;
}

/** The embedder of run `run` over `recorder`'s checkpoints; it waits while `training()` says so. */
export function createEmbedder(run: number, recorder: CheckpointRecorder, environment: EmbedderEnvironment, training: () => boolean): Embedder {
  let cache = createEmbedCache();
  let finished = new Map<string, Embedding>();
  let queue: EmbedRequest[] = [];
  let job: EmbedJob | null = null;
  let cancelSlice: (() => void) | null = null;
  let lastFrame = -Infinity;

  const post = (embedding: Embedding) => environment.post({ type: 'embedding', run, embedding });
  const runnable = () => queue.find((request) => recorder.get(request.checkpoint) !== undefined);

  function pump(): void {
    if (cancelSlice === null && !training() && runnable()) cancelSlice = environment.schedule(slice);
  }

  function slice(): void {
    cancelSlice = null;
    if (training()) return;
    const request = runnable();
    if (!request) return;
    const key = embedKey(request);
    if (job?.key !== key) {
      const record = recorder.get(request.checkpoint)!;
      job = createEmbedJob(request, { record, probe: recorder.probe, embedCount: recorder.embedCount, generation: recorder.generation, cache });
      lastFrame = -Infinity;
    }
    job.advance(EMBED_SLICE_MS, environment.now);
    if (job.done) {
      const embedding = job.snapshot();
      finished.set(key, embedding);
      queue = queue.filter((queued) => embedKey(queued) !== key);
      job = null;
      post(embedding);
    } else if (request.frames && environment.now() - lastFrame >= EMBED_FRAME_MS) {
      const frame = job.snapshot();
      // Frames start once the probes are scored, so that no accuracy is ever posted unknown.
      if (frame.probeAccuracy.every(Number.isFinite)) {
        lastFrame = environment.now();
        post(frame);
      }
    }
    pump();
  }

  return {
    want(requests) {
      const seen = new Set<string>();
      queue = [];
      for (const request of requests) {
        const key = embedKey(request);
        if (seen.has(key)) continue;
        seen.add(key);
        const ready = finished.get(key);
        if (ready) post(ready);
        else queue.push(request);
      }
      if (job && !seen.has(job.key)) job = null;
      pump();
    },
    wake: pump,
    clear() {
      this.cancel();
      cache = createEmbedCache();
      finished = new Map();
      queue = [];
      job = null;
    },
    cancel() {
      cancelSlice?.();
      cancelSlice = null;
    },
  };
}
