/**
 * One embedding, computed in slices so that the worker stays responsive: for every layer of a
 * checkpoint, a linear probe's validation accuracy (Alain & Bengio 2016), then the 2-D picture
 * (PCA at once, or t-SNE a few iterations at a time, the layers in turn).
 *
 * Probes train on the first half of the probe set's frozen features and are scored on the
 * second half; both halves are validation digits the network never trained on.
 */
import type { Dataset } from '../data/dataset';
import { pca } from '../analysis/pca';
import type { Points } from '../analysis/points';
import { trainLinearProbe } from '../analysis/probe';
import { makeTsne, type Tsne } from '../analysis/tsne';
import type { CheckpointRecord } from './checkpoints';
import { embedKey, type EmbedRequest, type Embedding } from './protocol';

/** t-SNE iterations per picture (the scale step makes 500 about as good as 1000 plain ones). */
export const TSNE_ITERATIONS = 500;
/** Iterations one layer runs before the next layer's turn. */
const TSNE_CHUNK = 10;

/** Results that outlive a job: the input layer is the same at every checkpoint. */
export interface EmbedCache {
  accuracies: Map<string, number>;
  pictures: Map<string, { positions: Float32Array; explained: number | null }>;
}

/** An empty cache. */
export function createEmbedCache(): EmbedCache {
  return { accuracies: new Map(), pictures: new Map() };
}

/** What a job reads: the checkpoint, the probe set, how many points to draw, the reset generation. */
export interface EmbedContext {
  record: CheckpointRecord;
  probe: Dataset;
  embedCount: number;
  generation: number;
  cache: EmbedCache;
}

/** A job in progress: `advance` works until the budget is spent; `snapshot` copies where it stands. */
export interface EmbedJob {
  readonly key: string;
  readonly done: boolean;
  advance(budgetMs: number, now: () => number): void;
  snapshot(): Embedding;
}

/** Layer `layer` of a record as points (`count` first rows). */
function layerPoints(record: CheckpointRecord, layer: number, probeCount: number, count: number): Points {
  const features = record.features[layer];
  const dimension = features.length / probeCount;
  return { count, dimension, values: features.subarray(0, count * dimension) };
}

/** The probe's validation accuracy: trained on the first half of the probe set, scored on the second. */
export function probeAccuracy(features: Float32Array, labels: Int32Array, classes: number): number {
  const count = labels.length;
  const half = Math.floor(count / 2);
  const size = features.length / Math.max(1, count);
  const part = (from: number, to: number): Dataset => ({
    count: to - from, inputSize: size, classes,
    inputs: features.subarray(from * size, to * size), labels: labels.subarray(from, to),
  });
  return trainLinearProbe({ train: part(0, half), validation: part(half, count) }, { seed: 1 }).validationAccuracy;
}

/** Starts the job for `request` over `context`. */
export function createEmbedJob(request: EmbedRequest, context: EmbedContext): EmbedJob {
  const { record, probe, embedCount, cache } = context;
  const layerCount = record.features.length;
  const layerKey = (layer: number) => (layer === 0 ? 'input' : `${record.step}|${layer}`);
  const pictureKey = (layer: number) => `${layerKey(layer)}|${embedKey({ ...request, checkpoint: 0 })}`;
  const iterations = request.method === 'tsne' ? TSNE_ITERATIONS : 1;
  const positions = Array.from({ length: layerCount }, () => new Float32Array(2 * embedCount));
  const accuracy: number[] = new Array(layerCount).fill(Number.NaN);
  const explained: (number | null)[] = new Array(layerCount).fill(null);
  const inputs = probe.inputs.slice(0, embedCount * probe.inputSize);
  const labels = probe.labels.slice(0, embedCount);
  let iteration = 0;
  let done = false;

  function finish(layer: number, values: ArrayLike<number>, share: number | null): void {
    positions[layer].set(values);
    explained[layer] = share;
    cache.pictures.set(pictureKey(layer), { positions: positions[layer].slice(), explained: share });
  }

  /** Phase 1: each layer's probe accuracy (from the cache when known), one layer per step. */
  function* scoreLayers(): Generator<void> {
    for (let layer = 0; layer < layerCount; layer++) {
      const key = layerKey(layer);
      let value = cache.accuracies.get(key);
      if (value === undefined) {
        value = probeAccuracy(record.features[layer], probe.labels, Math.max(2, probe.classes));
        cache.accuracies.set(key, value);
        yield;
      }
      accuracy[layer] = value;
    }
  }

  /** Phase 2: each picture from the cache, or PCA at once, or a t-SNE started (its P computed). */
  function* startPictures(running: (Tsne | null)[]): Generator<void> {
    for (let layer = 0; layer < layerCount; layer++) {
      const cached = cache.pictures.get(pictureKey(layer));
      if (cached) {
        positions[layer].set(cached.positions);
        explained[layer] = cached.explained;
        continue;
      }
      const points = layerPoints(record, layer, probe.count, embedCount);
      if (request.method === 'pca') {
        const result = pca(points, 2, { seed: request.seed });
        finish(layer, result.projection.values, result.explainedRatios.reduce((sum, ratio) => sum + ratio, 0));
      } else {
        const tsne = makeTsne(points, { perplexity: request.perplexity, seed: request.seed, initialisation: 'pca' });
        running[layer] = tsne;
        positions[layer].set(tsne.embedding.values);
      }
      yield;
    }
  }

  /** Phase 3: the running t-SNEs in turn, a chunk of iterations each per step. */
  function* iterate(running: (Tsne | null)[]): Generator<void> {
    while (iteration < iterations && running.some(Boolean)) {
      for (let layer = 0; layer < layerCount; layer++) {
        const tsne = running[layer];
        if (!tsne) continue;
        positions[layer].set(tsne.step(Math.min(TSNE_CHUNK, iterations - iteration)).values);
        yield;
      }
      iteration = Math.min(iterations, iteration + TSNE_CHUNK);
    }
    running.forEach((tsne, layer) => tsne && finish(layer, tsne.embedding.values, null));
  }

  function* work(): Generator<void> {
    const running: (Tsne | null)[] = new Array(layerCount).fill(null);
    yield* scoreLayers();
    yield* startPictures(running);
    yield* iterate(running);
    iteration = iterations;
    done = true;
  }

  const steps = work();
  return {
    key: embedKey(request),
    get done() {
      return done;
    },
    advance(budgetMs, now) {
      const began = now();
      do {
        if (steps.next().done) done = true;
      } while (!done && now() - began < budgetMs);
    },
    snapshot: () => ({
      key: embedKey(request), request, generation: context.generation, iteration, iterations, done,
      count: embedCount, layers: positions.map((layer) => layer.slice()),
      probeAccuracy: accuracy.slice(), explained: request.method === 'pca' ? explained.map((share) => share ?? 0) : null,
      inputs, inputSize: probe.inputSize, labels,
    }),
  };
}
