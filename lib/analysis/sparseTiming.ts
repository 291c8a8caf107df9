/**
 * Timing dense (plain typed arrays, and optionally a library such as tfjs) against CSR matrix–vector products over sparsity levels, in short bursts so a
 * worker stays responsive and can report progress. The clock is injected, so the bookkeeping
 * (phases, per-useful-multiply-add times, the crossover) is tested without real time.
 */
import { csrMatVec, denseMatVec, makeSparseMatrix, toCsr, type DenseMatrix } from './sparse';

/** The sparsity levels timed by default: evenly spaced on the log axis of 1 − s. */
export const SPARSITY_LEVELS: readonly number[] = [0, 0.5, 0.9, 0.99, 0.999];

/**
 * One sparsity level's result: nanoseconds per useful (non-zero) multiply-add for each method.
 * `libraryNs` is the dense product of a numerical library (tfjs matMul), null when not timed.
 */
export interface TimingPoint {
  sparsity: number;
  nonZeros: number;
  denseNs: number;
  sparseNs: number;
  libraryNs: number | null;
}

/**
 * A dense y = A·x done by a library (tfjs matMul in the worker), set up once per level from the
 * dense matrix and the vector; `run` must finish the product and return y (read back), and
 * `dispose` frees what the set-up allocated.
 */
export type LibraryProduct = (matrix: DenseMatrix, vector: Float32Array) => { run: () => ArrayLike<number>; dispose: () => void };

/**
 * Throws unless the library's y matches the typed-array y to float32 accuracy: a backend that
 * computes wrongly (a lost WebGL context returns zeros) must not be timed as if it were right.
 */
export function checkLibraryProduct(library: ArrayLike<number>, expected: Float32Array): void {
  const scale = expected.reduce((largest, value) => Math.max(largest, Math.abs(value)), 1e-6);
  for (let index = 0; index < expected.length; index++) {
    const difference = Math.abs(library[index] - expected[index]);
    if (!(difference <= 1e-3 * scale)) {
      throw new Error(`the library's product differs from the typed-array product at row ${index} (${library[index]} against ${expected[index]})`);
    }
  }
  if (library.length !== expected.length) throw new Error(`the library's product has ${library.length} rows, not ${expected.length}`);
}

/** What `createSparseTimer` takes. */
export interface SparseTimingOptions {
  /** The layer's width: the matrix is size × size. */
  size: number;
  seed: number;
  levels?: readonly number[];
  /** Milliseconds of measured work per method and level; more is steadier. */
  targetMs?: number;
  /** Milliseconds one `burst` may run before it returns. */
  burstMs?: number;
  now: () => number;
  /** A library's dense product, timed as a third method; left out, only typed arrays are timed. */
  library?: LibraryProduct;
}

/** The state after a burst: progress in [0, 1], the finished points, and whether all are done. */
export interface TimingProgress {
  progress: number;
  points: TimingPoint[];
  done: boolean;
}

type Method = 'dense' | 'library' | 'sparse';
type Phase = 'build' | 'warm' | Method;

interface Level {
  products: Partial<Record<Method, () => void>>;
  nonZeros: number;
  dispose: () => void;
}

/** Milliseconds of products between two clock reads, so reading the clock costs next to nothing. */
const CHUNK_MS = 0.25;

/** Runs `product` in chunks of `chunk` until `deadline`, returning how many times it ran (at least one chunk). */
function repeatUntil(product: () => void, now: () => number, deadline: number, chunk = 1): number {
  let runs = 0;
  do {
    for (let index = 0; index < chunk; index++) product();
    runs += chunk;
  } while (now() < deadline);
  return runs;
}

/** Bursts per method and level at least, so that one interrupted burst cannot be the only one. */
const MIN_BURSTS = 4;

/** Warm-up bursts before the first level is timed (later levels need one, to size their chunks). */
const FIRST_WARM_BURSTS = 6;

/** How many products fit in CHUNK_MS, from `runs` of them taking `ms`. */
function chunkFor(runs: number, ms: number): number {
  return Math.max(1, Math.min(1e6, Math.floor((runs * CHUNK_MS) / Math.max(ms, 1e-3))));
}

/** A level's matrices and the products over them (the library's set up last, freed by `dispose`). */
function buildLevel(size: number, sparsity: number, seed: number, vector: Float32Array, library?: LibraryProduct): Level {
  const output = new Float32Array(size);
  const dense = makeSparseMatrix({ rows: size, columns: size, sparsity, seed });
  const csr = toCsr(dense);
  const runDense = () => denseMatVec(dense, vector, output);
  const products: Level['products'] = { dense: runDense, sparse: () => csrMatVec(csr, vector, output) };
  const prepared = library?.(dense, vector);
  if (prepared) {
    runDense();
    try {
      checkLibraryProduct(prepared.run(), output);
    } catch (error) {
      prepared.dispose();
      throw error;
    }
    products.library = prepared.run;
  }
  return { products, nonZeros: csr.values.length, dispose: () => prepared?.dispose() };
}

/**
 * A burst-by-burst timer: each `burst()` builds a level's matrices, warms up the products, or
 * times one method for at most `burstMs`, then returns the progress. A method's time at a level
 * is its fastest burst's time per product, over bursts totalling `targetMs`. Every method
 * computes the same y = A·x; all times are divided by the non-zeros, the multiply-adds that matter.
 */
export function createSparseTimer(options: SparseTimingOptions): { burst: () => TimingProgress } {
  const { size, seed, now, library } = options;
  const levels = options.levels ?? SPARSITY_LEVELS;
  const targetMs = options.targetMs ?? 40;
  const burstMs = options.burstMs ?? 8;
  const methods: Method[] = library ? ['dense', 'library', 'sparse'] : ['dense', 'sparse'];
  const phases: Phase[] = ['build', 'warm', ...methods];
  const vector = Float32Array.from({ length: size }, (_, index) => Math.sin(index + 1));
  const points: TimingPoint[] = [];
  let levelIndex = 0;
  let phaseIndex = 0;
  let level: Level | null = null;
  const spent = { ms: 0, best: Infinity, bursts: 0 };
  const times: Partial<Record<Method, number>> = {};
  // Products per clock read, per method, set from the warm-up of each level.
  const chunks: Record<Method, number> = { dense: 1, library: 1, sparse: 1 };
  let warmed = 0;

  const finishPhase = () => {
    spent.ms = 0;
    spent.best = Infinity;
    spent.bursts = 0;
    phaseIndex++;
    if (phaseIndex < phases.length) return;
    phaseIndex = 0;
    levelIndex++;
    level?.dispose();
    level = null;
  };

  const timeMethod = (product: () => void, chunk: number, nonZeros: number): number | null => {
    const start = now();
    const runs = repeatUntil(product, now, start + Math.max(burstMs / 4, Math.min(burstMs, targetMs - spent.ms)), chunk);
    const elapsed = now() - start;
    spent.ms += elapsed;
    // The fastest burst, not the mean: other work on the device only ever slows a burst down.
    spent.best = Math.min(spent.best, elapsed / runs);
    spent.bursts++;
    if (spent.ms < targetMs || spent.bursts < MIN_BURSTS) return null;
    return (spent.best * 1e6) / Math.max(1, nonZeros);
  };

  const warm = (current: Level) => {
    for (const method of methods) {
      const start = now();
      const runs = repeatUntil(current.products[method]!, now, start + burstMs / methods.length);
      chunks[method] = chunkFor(runs, now() - start);
    }
    // The first level warms up longer, so that the engine has compiled every product fully.
    if (++warmed < (levelIndex === 0 ? FIRST_WARM_BURSTS : 1)) return;
    warmed = 0;
    finishPhase();
  };

  const step = () => {
    const phase = phases[phaseIndex];
    if (phase === 'build' || level === null) {
      level = buildLevel(size, levels[levelIndex], seed + levelIndex, vector, library);
      phaseIndex = 0;
      return finishPhase();
    }
    if (phase === 'warm') return warm(level);
    const result = timeMethod(level.products[phase]!, chunks[phase], level.nonZeros);
    if (result === null) return;
    times[phase] = result;
    if (phase === 'sparse') {
      points.push({ sparsity: levels[levelIndex], nonZeros: level.nonZeros, denseNs: times.dense!, sparseNs: result, libraryNs: times.library ?? null });
    }
    finishPhase();
  };

  const burst = (): TimingProgress => {
    if (levelIndex < levels.length) step();
    const done = levelIndex >= levels.length;
    const timing = phaseIndex >= 2 ? Math.min(1, spent.ms / targetMs, spent.bursts / MIN_BURSTS) : 0;
    const progress = done ? 1 : Math.min(1, (levelIndex + (phaseIndex + timing) / phases.length) / levels.length);
    return { progress, points: points.slice(), done };
  };
  return { burst };
}

/** Where a sparsity s sits on the log axis: −log10(1 − s), so 0, 90%, 99%, 99.9% are 0, 1, 2, 3. */
export function sparsityPosition(sparsity: number): number {
  return -Math.log10(Math.max(1e-6, 1 - sparsity));
}

/** The sparsity at a position on the log axis (inverse of `sparsityPosition`). */
export function sparsityAt(position: number): number {
  return 1 - 10 ** -position;
}

/**
 * The sparsity from which CSR is faster per useful multiply-add, interpolated on the log axis
 * between the last level where dense wins and the next (log of the time ratio crosses 0);
 * the first level if sparse already wins there, null if it never does. By default sparse is
 * compared with the faster of the two dense products (`bestDenseNs`).
 */
export function findCrossover(points: readonly TimingPoint[], dense: (point: TimingPoint) => number = bestDenseNs): number | null {
  const ratios = points.map((point) => Math.log(point.sparseNs / dense(point)));
  if (ratios.length === 0 || ratios.some((ratio) => !Number.isFinite(ratio))) return null;
  if (ratios[0] < 0) return points[0].sparsity;
  for (let index = 1; index < points.length; index++) {
    if (ratios[index] >= 0 || ratios[index - 1] < 0) continue;
    const [from, to] = [sparsityPosition(points[index - 1].sparsity), sparsityPosition(points[index].sparsity)];
    const share = ratios[index - 1] / (ratios[index - 1] - ratios[index]);
    return sparsityAt(from + share * (to - from));
  }
  return null;
}

/** The faster dense time at a point: plain typed arrays or the library, whichever won. */
export function bestDenseNs(point: TimingPoint): number {
  return point.libraryNs !== null && Number.isFinite(point.libraryNs) ? Math.min(point.denseNs, point.libraryNs) : point.denseNs;
}
