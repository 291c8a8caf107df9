/**
 * t-SNE (van der Maaten & Hinton 2008) in typed arrays, steppable so that a picture can
 * animate: `makeTsne(points)` returns an optimiser whose `step(k)` runs k more iterations and
 * returns the current 2-D embedding.
 *
 * Optimisation as in the reference implementations, with a shorter early phase and the
 * learning rate of Belkina et al. (2019): seeded start y_i ~ N(0, 10⁻⁴ I) (or the top two
 * principal components scaled to that spread); early exaggeration α = 12 of P for the first
 * 100 iterations; momentum 0.5, then 0.8; per-coordinate gains (+0.2 when the gradient changes
 * sign against the last update, ×0.8 otherwise, floor 0.01); the embedding re-centred each
 * step. Learning rate 'auto' is Belkina's max(n/α, 200) in bhtsne's gradient units, taken
 * phase by phase: max(n/12, 200) while exaggerating, max(n, 200) after.
 *
 * The scale step: after early exaggeration the embedding must expand several-fold, and
 * gradient steps do that slowly (on 10 Gaussian clusters, Y at iteration 200 scaled by 1.5
 * already has the KL(P‖Q) that plain steps reach at 300). So from the end of the early phase,
 * every `rescaleEvery` iterations, one Newton step on KL(s·Y) over the single number s
 * (clamped to [0.8, 1.25]) rescales Y and its velocity; once s stays within 1% of 1, the wait
 * doubles (up to 8·rescaleEvery). A step costs about one gradient evaluation. It reaches a
 * given KL in about a third of the iterations; on the 8 × 8 digits the KL after 1000
 * iterations ends about 0.01 nats higher on average (`rescaleEvery: 0` turns it off).
 *
 * Cost: exact is O(n²) per iteration (about 2.5 ms for n = 1000 here); Barnes-Hut is
 * O(n log n) per iteration but finds its ⌊3·perplexity⌋ neighbours by exact O(n²·d) search,
 * so reduce d first (e.g. `pca(points, 50)`) for thousands of high-dimensional points.
 */
import { makeRandom, type Random } from '../random';
import { pca } from './pca';
import type { Points } from './points';
import { exactAffinities, sparseAffinities } from './tsneAffinities';
import { barnesHutGradient, exactGradient, klDivergence, scaleDerivatives, scaleStep, type ScaleDerivatives } from './tsneGradient';

/** How the gradient is computed: all pairs, or the quad-tree approximation. */
export type TsneMethod = 'exact' | 'barnesHut';

/** Where the embedding starts: Gaussian noise, or the top two principal components. */
export type TsneInitialisation = 'random' | 'pca';

/** t-SNE settings; every field has a default. */
export interface TsneOptions {
  /** Effective number of neighbours (default 30). */
  perplexity?: number;
  seed?: number;
  /** Step size, or 'auto' (default) = max(n / α, 200) with α the exaggeration of the phase. */
  learningRate?: number | 'auto';
  /** α multiplying P early on (default 12). */
  earlyExaggeration?: number;
  /** Iterations with α > 1, and with momentum 0.5 (default 100). */
  exaggerationIterations?: number;
  /** 'exact', 'barnesHut', or 'auto' (default): exact up to `exactLimit` points. */
  method?: TsneMethod | 'auto';
  /** Above this many points 'auto' uses Barnes-Hut (default 1500). */
  exactLimit?: number;
  /** Barnes-Hut opening angle θ (default 0.5). */
  theta?: number;
  /** The starting embedding (default 'random'); both have standard deviation 10⁻⁴. */
  initialisation?: TsneInitialisation;
  /** Iterations between scale steps after the early phase (more once Y's scale settles); 0 turns them off (default 10). */
  rescaleEvery?: number;
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

/** What the optimiser needs from a method: the gradient at Y, the cost at Y, and its derivatives along s·Y. */
interface TsneObjective {
  gradient(positions: Float64Array, exaggeration: number, out: Float64Array): void;
  klDivergence(positions: Float64Array): number;
  scaleDerivatives(positions: Float64Array): ScaleDerivatives;
}

/** Each method: its P from the points, then its gradient. */
export const tsneMethods: Record<TsneMethod, (points: Points, perplexity: number, theta: number) => TsneObjective> = {
  exact(points, perplexity) {
    const affinities = exactAffinities(points, perplexity);
    return {
      gradient: (positions, exaggeration, out) => exactGradient(affinities, positions, exaggeration, out),
      klDivergence: (positions) => klDivergence(affinities, positions),
      scaleDerivatives: (positions) => scaleDerivatives(affinities, positions),
    };
  },
  barnesHut(points, perplexity, theta) {
    const affinities = sparseAffinities(points, perplexity);
    return {
      gradient: (positions, exaggeration, out) => barnesHutGradient(affinities, positions, exaggeration, theta, out),
      klDivergence: (positions) => klDivergence(affinities, positions),
      scaleDerivatives: (positions) => scaleDerivatives(affinities, positions, theta),
    };
  },
};

/** Standard deviation of every starting embedding. */
const startSpread = 1e-4;

/** Each initialisation: n × 2 starting positions (PCA falls back to noise when the points have no spread). */
export const tsneInitialisations: Record<TsneInitialisation, (points: Points, random: Random) => Float64Array> = {
  random: (points, random) => Float64Array.from({ length: 2 * points.count }, () => startSpread * random.normal()),
  pca(points, random) {
    const projection = points.dimension >= 2 && points.count >= 2 ? pca(points, 2, { seed: 0 }).projection.values : new Float64Array(0);
    let variance = 0;
    for (let i = 0; i < points.count && projection.length > 0; i++) variance += projection[2 * i] ** 2 / points.count;
    if (!(variance > 0)) return tsneInitialisations.random(points, random);
    const scale = startSpread / Math.sqrt(variance);
    return Float64Array.from(projection, (value) => value * scale);
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

/** Multiplies the embedding and its velocity by the scale step's factor; returns the factor. */
function rescale(objective: TsneObjective, positions: Float64Array, velocity: Float64Array): number {
  const factor = scaleStep(objective.scaleDerivatives(positions));
  for (let index = 0; index < positions.length; index++) {
    positions[index] *= factor;
    velocity[index] *= factor;
  }
  return factor;
}

/** Iterations until the next scale step: `every` after a real change, else twice the last wait (up to 8·every). */
function nextRescaleWait(factor: number, wait: number, every: number): number {
  return Math.abs(factor - 1) < 0.01 ? Math.min(2 * wait, 8 * every) : every;
}

/** The learning rate for a phase with exaggeration α: the option, or max(n / α, 200). */
function learningRateFor(option: number | 'auto' | undefined, count: number, exaggeration: number): number {
  return option === undefined || option === 'auto' ? Math.max(count / exaggeration, 200) : option;
}

/** Computes P for `points` (perplexity search) and returns a t-SNE ready to step. */
export function makeTsne(points: Points, options: TsneOptions = {}): Tsne {
  const { perplexity = 30, seed = 0, earlyExaggeration = 12, exaggerationIterations = 100, exactLimit = 1500, theta = 0.5, rescaleEvery = 10 } = options;
  const count = points.count;
  const method: TsneMethod = options.method && options.method !== 'auto' ? options.method : count > exactLimit ? 'barnesHut' : 'exact';
  const objective = tsneMethods[method](points, perplexity, theta);
  const rates = [learningRateFor(options.learningRate, count, earlyExaggeration), learningRateFor(options.learningRate, count, 1)];
  const positions = tsneInitialisations[options.initialisation ?? 'random'](points, makeRandom(seed));
  const gradient = new Float64Array(2 * count);
  const velocity = new Float64Array(2 * count);
  const gains = new Float64Array(2 * count).fill(1);
  const embedding: Points = { count, dimension: 2, values: positions };
  let iteration = 0;
  const every = Math.max(0, Math.round(rescaleEvery));
  let rescaleWait = every, nextRescale = exaggerationIterations > 0 ? Math.ceil(exaggerationIterations) : every;
  return {
    method,
    get iteration() {
      return iteration;
    },
    embedding,
    step(iterations = 1) {
      for (let done = 0; done < iterations && count > 1; done++) {
        const early = iteration < exaggerationIterations;
        objective.gradient(positions, early ? earlyExaggeration : 1, gradient);
        update(positions, gradient, velocity, gains, early ? 0.5 : 0.8, early ? rates[0] : rates[1]);
        iteration++;
        if (every > 0 && iteration === nextRescale) {
          rescaleWait = nextRescaleWait(rescale(objective, positions, velocity), rescaleWait, every);
          nextRescale = iteration + rescaleWait;
        }
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
