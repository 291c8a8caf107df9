import { describe, expect, it } from 'vitest';
import { bestDenseNs, checkLibraryProduct, createSparseTimer, findCrossover, sparsityAt, sparsityPosition, SPARSITY_LEVELS, type TimingPoint } from '@/lib/analysis/sparseTiming';

/** A clock that moves `step` ms every time it is read. */
function fakeClock(step = 1) {
  let time = 0;
  return () => (time += step);
}

function runToEnd(timer: ReturnType<typeof createSparseTimer>, limit = 10_000) {
  const progress: number[] = [];
  for (let burst = 0; burst < limit; burst++) {
    const result = timer.burst();
    progress.push(result.progress);
    if (result.done) return { result, progress };
  }
  throw new Error('timer never finished');
}

const point = (sparsity: number, denseNs: number, sparseNs: number, libraryNs: number | null = null): TimingPoint => ({ sparsity, nonZeros: 1, denseNs, sparseNs, libraryNs });

describe('sparseTiming', () => {
  it('createSparseTimer finishes every level in bursts, with progress rising from 0 to 1', () => {
    const { result, progress } = runToEnd(createSparseTimer({ size: 20, seed: 1, now: fakeClock(), targetMs: 10, burstMs: 3 }));
    expect(result.points.map((p) => p.sparsity)).toEqual([...SPARSITY_LEVELS]);
    expect(progress.length).toBeGreaterThan(SPARSITY_LEVELS.length * 4);
    for (let index = 1; index < progress.length; index++) expect(progress[index]).toBeGreaterThanOrEqual(progress[index - 1]);
    expect(progress.at(-1)).toBe(1);
    expect(progress[0]).toBeLessThan(0.1);
  });

  it('divides each method’s time by the useful (non-zero) multiply-adds', () => {
    // One ms per clock read: a burst of `burstMs` does the same number of runs for both
    // methods, so both cost the same per run and per useful multiply-add.
    const { result } = runToEnd(createSparseTimer({ size: 20, seed: 1, now: fakeClock(), targetMs: 10, burstMs: 2 }));
    for (const p of result.points) {
      expect(p.nonZeros).toBe(400 - Math.round(p.sparsity * 400));
      expect(Number.isFinite(p.denseNs) && p.denseNs > 0).toBe(true);
      expect(p.sparseNs).toBeCloseTo(p.denseNs, 6);
    }
    // Per useful multiply-add, the same time per run is spread over fewer non-zeros.
    const [full, half] = result.points;
    expect(half.denseNs / full.denseNs).toBeCloseTo(400 / 200, 6);
  });

  it('keeps each method’s fastest burst, so a slow interruption does not count', () => {
    // Each clock read costs 1 ms, except that every 13th read stalls for 50 ms.
    let time = 0;
    let reads = 0;
    const now = () => (time += ++reads % 13 === 0 ? 50 : 1);
    const stalled = runToEnd(createSparseTimer({ size: 20, seed: 1, now, targetMs: 10, burstMs: 2 })).result;
    const steady = runToEnd(createSparseTimer({ size: 20, seed: 1, now: fakeClock(), targetMs: 10, burstMs: 2 })).result;
    // A stalled burst alone would read 50 times slower; the fastest burst stays near the steady time.
    stalled.points.forEach((point, index) => {
      expect(point.denseNs).toBeLessThan(1.5 * steady.points[index].denseNs);
      expect(point.sparseNs).toBeLessThan(1.5 * steady.points[index].sparseNs);
    });
  });

  it('a burst never runs past its budget by more than one product', () => {
    let reads = 0;
    const now = () => ++reads;
    const timer = createSparseTimer({ size: 10, seed: 2, now, targetMs: 50, burstMs: 4 });
    for (let burst = 0; burst < 30; burst++) {
      const before = reads;
      timer.burst();
      expect(reads - before).toBeLessThanOrEqual(12);
    }
  });

  it('times a library’s dense product as a third method, set up and freed once per level', () => {
    const made: number[] = [];
    let disposed = 0;
    let runs = 0;
    const library = (matrix: { rows: number; columns: number; values: Float32Array }, vector: Float32Array) => {
      made.push(matrix.values.filter((value) => value !== 0).length);
      expect(vector).toHaveLength(matrix.columns);
      const y = new Float32Array(matrix.rows);
      for (let row = 0; row < matrix.rows; row++) for (let column = 0; column < matrix.columns; column++) y[row] += matrix.values[row * matrix.columns + column] * vector[column];
      return { run: () => (runs++, y), dispose: () => void disposed++ };
    };
    const { result } = runToEnd(createSparseTimer({ size: 20, seed: 1, now: fakeClock(), targetMs: 10, burstMs: 3, library }));
    expect(made).toEqual(result.points.map((p) => p.nonZeros));
    expect(disposed).toBe(SPARSITY_LEVELS.length);
    expect(runs).toBeGreaterThan(SPARSITY_LEVELS.length * 4);
    for (const p of result.points) {
      expect(p.libraryNs).not.toBeNull();
      // The same fake clock for all three: each costs the same per run.
      expect(p.libraryNs!).toBeCloseTo(p.denseNs, 6);
    }
  });

  it('refuses to time a library whose product is wrong, and frees it', () => {
    let disposed = 0;
    const zeros = (matrix: { rows: number }) => ({ run: () => new Float32Array(matrix.rows), dispose: () => void disposed++ });
    const timer = createSparseTimer({ size: 12, seed: 1, now: fakeClock(), targetMs: 6, burstMs: 2, library: zeros });
    expect(() => timer.burst()).toThrow(/differs from the typed-array product at row/);
    expect(disposed).toBe(1);
  });

  it('checkLibraryProduct allows float32 rounding and nothing more', () => {
    const expected = Float32Array.from([1000, -2, 3]);
    expect(() => checkLibraryProduct([1000.0001, -2, 3], expected)).not.toThrow();
    expect(() => checkLibraryProduct([1000, -2, 5], expected)).toThrow(/row 2/);
    expect(() => checkLibraryProduct([Number.NaN, -2, 3], expected)).toThrow(/row 0/);
    expect(() => checkLibraryProduct([1000, -2], expected)).toThrow();
  });

  it('without a library, libraryNs stays null', () => {
    const { result } = runToEnd(createSparseTimer({ size: 12, seed: 3, now: fakeClock(), targetMs: 6, burstMs: 2 }));
    expect(result.points.every((p) => p.libraryNs === null)).toBe(true);
  });

  it('findCrossover compares sparse with the faster dense product by default', () => {
    // Typed dense is slow (sparse wins below 50%), the library fast (sparse wins only past 90%).
    const points = [point(0, 10, 20, 1), point(0.5, 20, 10, 2), point(0.9, 100, 10, 5), point(0.99, 1000, 10, 20), point(0.999, 10000, 10, 200)];
    expect(bestDenseNs(points[0])).toBe(1);
    expect(bestDenseNs(point(0, 3, 1, null))).toBe(3);
    expect(findCrossover(points, (p) => p.denseNs)).toBeCloseTo(sparsityAt(sparsityPosition(0.5) * 0.5), 9);
    const best = findCrossover(points)!;
    expect(best).toBeGreaterThan(0.9);
    expect(best).toBeLessThan(0.99);
  });

  it('sparsityPosition maps 0, 90%, 99%, 99.9% to 0, 1, 2, 3 and sparsityAt inverts it', () => {
    expect([0, 0.9, 0.99, 0.999].map(sparsityPosition).map((x) => Number(x.toFixed(9)))).toEqual([0, 1, 2, 3]);
    for (const s of [0, 0.5, 0.97]) expect(sparsityAt(sparsityPosition(s))).toBeCloseTo(s, 12);
  });

  it('findCrossover interpolates on the log axis where the time ratio crosses 1', () => {
    // At 90% sparse is 2× slower, at 99% 2× faster: log ratios ±ln 2, so the middle of 1 and 2.
    const points = [point(0, 1, 10), point(0.5, 2, 10), point(0.9, 5, 10), point(0.99, 20, 10), point(0.999, 200, 10)];
    expect(findCrossover(points)).toBeCloseTo(sparsityAt(1.5), 9);
  });

  it('findCrossover says null when sparse never wins, the first level when it always does', () => {
    expect(findCrossover([point(0, 1, 10), point(0.9, 5, 10), point(0.999, 9, 10)])).toBeNull();
    expect(findCrossover([point(0, 1, 10), point(0.9, 10, 10)])).toBeNull();
    expect(findCrossover([point(0, 5, 1), point(0.9, 50, 1)])).toBe(0);
    expect(findCrossover([])).toBeNull();
    expect(findCrossover([point(0, 0, 0)])).toBeNull();
  });

  it('findCrossover takes the first crossing from dense winning to sparse winning', () => {
    const points = [point(0, 1, 10), point(0.9, 20, 10), point(0.99, 5, 10), point(0.999, 200, 10)];
    const crossover = findCrossover(points) ?? -1;
    expect(crossover).toBeGreaterThan(0);
    expect(crossover).toBeLessThan(0.9);
  });
});
