/**
 * Timing dense against CSR matrix–vector products over sparsity levels, in short bursts so a
 * worker stays responsive and can report progress. The clock is injected, so the bookkeeping
 * (phases, per-useful-multiply-add times, the crossover) is tested without real time.
 */
import { csrMatVec, denseMatVec, makeSparseMatrix, toCsr, type CsrMatrix, type DenseMatrix } from './sparse';

/** The sparsity levels timed by default: evenly spaced on the log axis of 1 − s. */
export const SPARSITY_LEVELS: readonly number[] = [0, 0.5, 0.9, 0.99, 0.999];

/** One sparsity level's result: nanoseconds per useful (non-zero) multiply-add for each method. */
export interface TimingPoint {
  sparsity: number;
  nonZeros: number;
  denseNs: number;
  sparseNs: number;
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
}

/** The state after a burst: progress in [0, 1], the finished points, and whether all are done. */
export interface TimingProgress {
  progress: number;
  points: TimingPoint[];
  done: boolean;
}

type Phase = 'build' | 'warm' | 'dense' | 'sparse';
const PHASES: Phase[] = ['build', 'warm', 'dense', 'sparse'];

interface Level {
  dense: DenseMatrix;
  csr: CsrMatrix;
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

/**
 * A burst-by-burst timer: each `burst()` builds a level's matrices, warms up both products, or
 * times one method for at most `burstMs`, then returns the progress. A method's time at a level
 * is its fastest burst's time per product, over bursts totalling `targetMs`. Dense and CSR compute the
 * same y = A·x; both times are divided by the non-zeros, the multiply-adds that matter.
 */
export function createSparseTimer(options: SparseTimingOptions): { burst: () => TimingProgress } {
  const { size, seed, now } = options;
  const levels = options.levels ?? SPARSITY_LEVELS;
  const targetMs = options.targetMs ?? 40;
  const burstMs = options.burstMs ?? 8;
  const vector = Float32Array.from({ length: size }, (_, index) => Math.sin(index + 1));
  const output = new Float32Array(size);
  const points: TimingPoint[] = [];
  let levelIndex = 0;
  let phaseIndex = 0;
  let level: Level | null = null;
  const spent = { ms: 0, best: Infinity, bursts: 0 };
  const denseNs = { value: 0 };
  // Products per clock read, per method, set from the warm-up of each level.
  const chunks = { dense: 1, sparse: 1 };
  let warmed = 0;

  const finishPhase = () => {
    spent.ms = 0;
    spent.best = Infinity;
    spent.bursts = 0;
    phaseIndex++;
    if (phaseIndex < PHASES.length) return;
    phaseIndex = 0;
    levelIndex++;
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

  const step = () => {
    const sparsity = levels[levelIndex];
    const phase = PHASES[phaseIndex];
    if (phase === 'build' || level === null) {
      const dense = makeSparseMatrix({ rows: size, columns: size, sparsity, seed: seed + levelIndex });
      level = { dense, csr: toCsr(dense) };
      phaseIndex = 0;
      return finishPhase();
    }
    const { dense, csr } = level;
    const runDense = () => denseMatVec(dense, vector, output);
    const runSparse = () => csrMatVec(csr, vector, output);
    if (phase === 'warm') {
      for (const [method, product] of [['dense', runDense], ['sparse', runSparse]] as const) {
        const start = now();
        const runs = repeatUntil(product, now, start + burstMs / 2);
        chunks[method] = chunkFor(runs, now() - start);
      }
      // The first level warms up longer, so that the engine has compiled both products fully.
      if (++warmed < (levelIndex === 0 ? FIRST_WARM_BURSTS : 1)) return;
      warmed = 0;
      return finishPhase();
    }
    const nonZeros = csr.values.length;
    const result = phase === 'dense' ? timeMethod(runDense, chunks.dense, nonZeros) : timeMethod(runSparse, chunks.sparse, nonZeros);
    if (result === null) return;
    if (phase === 'dense') denseNs.value = result;
    else points.push({ sparsity, nonZeros, denseNs: denseNs.value, sparseNs: result });
    finishPhase();
  };

  const burst = (): TimingProgress => {
    if (levelIndex < levels.length) step();
    const done = levelIndex >= levels.length;
    const phaseShare = (phaseIndex + (PHASES[phaseIndex] === 'dense' || PHASES[phaseIndex] === 'sparse' ? Math.min(1, spent.ms / targetMs, spent.bursts / MIN_BURSTS) : 0)) / PHASES.length;
    const progress = done ? 1 : Math.min(1, (levelIndex + phaseShare) / levels.length);
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
 * the first level if sparse already wins there, null if it never does.
 */
export function findCrossover(points: readonly TimingPoint[]): number | null {
  const ratios = points.map((point) => Math.log(point.sparseNs / point.denseNs));
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
