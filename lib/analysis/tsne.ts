/**
 * t-SNE (van der Maaten & Hinton 2008) in typed arrays, steppable so that a picture can
 * animate: `makeTsne(points)` returns an optimiser whose `step(k)` runs k more iterations and
 * returns the current 2-D embedding.
 *
 * Optimisation as in the reference implementations: seeded start y_i ~ N(0, 10⁻⁴ I); early
 * exaggeration α = 12 of P for the first 250 iterations; momentum 0.5, then 0.8 from
 * iteration 250; per-coordinate gains (+0.2 when the gradient changes sign against the last
 * update, ×0.8 otherwise, floor 0.01); the embedding re-centred each step. Learning rate
 * 'auto' is max(n/α, 200) in bhtsne's gradient units (Belkina et al. 2019; sklearn's 'auto').
 *
 * Cost: exact is O(n²) per iteration (about 3 ms for n = 1000 here); Barnes-Hut is
 * O(n log n) per iteration but finds its ⌊3·perplexity⌋ neighbours by exact O(n²·d) search,
 * so reduce d first (e.g. `pca(points, 50)`) for thousands of high-dimensional points.
 */
import { makeRandom } from '../random';
import type { Points } from './points';
import { exactAffinities, sparseAffinities } from './tsneAffinities';
import { barnesHutGradient, exactGradient, klDivergence } from './tsneGradient';

/** How the gradient is computed: all pairs, or the quad-tree approximation. */
export type TsneMethod = 'exact' | 'barnesHut';

/** t-SNE settings; every field has the default of the reference implementations. */
export interface TsneOptions {
  /** Effective number of neighbours (default 30). */
  perplexity?: number;
  seed?: number;
  /** Step size, or 'auto' = max(n / earlyExaggeration, 200) (default). */
  learningRate?: number | 'auto';
  /** α multiplying P early on (default 12). */
  earlyExaggeration?: number;
  /** Iterations with α > 1, and with momentum 0.5 (default 250). */
  exaggerationIterations?: number;
  /** 'exact', 'barnesHut', or 'auto' (default): exact up to `exactLimit` points. */
  method?: TsneMethod | 'auto';
  /** Above this many points 'auto' uses Barnes-Hut (default 1500). */
  exactLimit?: number;
  /** Barnes-Hut opening angle θ (default 0.5). */
  theta?: number;
}

/** A running t-SNE. */
export interface Tsne {
  readonly method: TsneMethod;
  /** Iterations done so far. */
  readonly iteration: number;
  /** The current embedding (n × 2, updated in place by `step`). */
  readonly embedding: Points;
  /** Runs `iterations` more steps (default 1) and returns the embedding. */
  step(iterations?: number): Points;
  /** KL(P‖Q) of the current embedding, the cost t-SNE minimises (O(n²) to evaluate). */
  klDivergence(): number;
}

/** What the optimiser needs from a method: the gradient at Y, and the cost at Y. */
interface TsneObjective {
  gradient(positions: Float64Array, exaggeration: number, out: Float64Array): void;
  klDivergence(positions: Float64Array): number;
}

/** Each method: its P from the points, then its gradient. */
export const tsneMethods: Record<TsneMethod, (points: Points, perplexity: number, theta: number) => TsneObjective> = {
  exact(points, perplexity) {
    const affinities = exactAffinities(points, perplexity);
    return {
      gradient: (positions, exaggeration, out) => exactGradient(affinities, positions, exaggeration, out),
      klDivergence: (positions) => klDivergence(affinities, positions),
    };
  },
  barnesHut(points, perplexity, theta) {
    const affinities = sparseAffinities(points, perplexity);
    return {
      gradient: (positions, exaggeration, out) => barnesHutGradient(affinities, positions, exaggeration, theta, out),
      klDivergence: (positions) => klDivergence(affinities, positions),
    };
  },
};

/** Gains, momentum step and re-centring for one iteration. */
function update(positions: Float64Array, gradient: Float64Array, velocity: Float64Array, gains: Float64Array, momentum: number, learningRate: number): void {
  const count = positions.length / 2;
  let meanX = 0, meanY = 0;
  for (let index = 0; index < positions.length; index++) {
    const sameDirection = gradient[index] > 0 === velocity[index] > 0;
    gains[index] = Math.max(0.01, sameDirection ? gains[index] * 0.8 : gains[index] + 0.2);
    velocity[index] = momentum * velocity[index] - learningRate * gains[index] * gradient[index];
    positions[index] += velocity[index];
    if (index % 2 === 0) meanX += positions[index] / count;
    else meanY += positions[index] / count;
  }
  for (let i = 0; i < count; i++) {
    positions[2 * i] -= meanX;
    positions[2 * i + 1] -= meanY;
  }
}

/** Computes P for `points` (perplexity search) and returns a t-SNE ready to step. */
export function makeTsne(points: Points, options: TsneOptions = {}): Tsne {
  const { perplexity = 30, seed = 0, earlyExaggeration = 12, exaggerationIterations = 250, exactLimit = 1500, theta = 0.5 } = options;
  const count = points.count;
  const method: TsneMethod = options.method && options.method !== 'auto' ? options.method : count > exactLimit ? 'barnesHut' : 'exact';
  const objective = tsneMethods[method](points, perplexity, theta);
  const learningRate = options.learningRate === undefined || options.learningRate === 'auto' ? Math.max(count / earlyExaggeration, 200) : options.learningRate;
  const random = makeRandom(seed);
  const positions = Float64Array.from({ length: 2 * count }, () => 1e-4 * random.normal());
  const gradient = new Float64Array(2 * count);
  const velocity = new Float64Array(2 * count);
  const gains = new Float64Array(2 * count).fill(1);
  const embedding: Points = { count, dimension: 2, values: positions };
  let iteration = 0;
  return {
    method,
    get iteration() {
      return iteration;
    },
    embedding,
    step(iterations = 1) {
      for (let done = 0; done < iterations && count > 1; done++, iteration++) {
        const early = iteration < exaggerationIterations;
        objective.gradient(positions, early ? earlyExaggeration : 1, gradient);
        update(positions, gradient, velocity, gains, early ? 0.5 : 0.8, learningRate);
      }
      return embedding;
    },
    klDivergence: () => objective.klDivergence(positions),
  };
}

/**
 * The embedding every `every` iterations up to `iterations` (default 1000, every 10), as
 * fresh copies, for animation: `for (const frame of tsneFrames(points)) draw(frame)`.
 */
export function* tsneFrames(points: Points, options: TsneOptions & { iterations?: number; every?: number } = {}): Generator<{ iteration: number; embedding: Points }> {
  const { iterations = 1000, every = 10 } = options;
  const tsne = makeTsne(points, options);
  while (tsne.iteration < iterations) {
    tsne.step(Math.min(Math.max(1, every), iterations - tsne.iteration));
    yield { iteration: tsne.iteration, embedding: { count: points.count, dimension: 2, values: Float64Array.from(tsne.embedding.values) } };
  }
}

/** Runs t-SNE to the end (default 1000 iterations) and returns the embedding. */
export function runTsne(points: Points, options: TsneOptions & { iterations?: number } = {}): Points {
  return makeTsne(points, options).step(options.iterations ?? 1000);
}
