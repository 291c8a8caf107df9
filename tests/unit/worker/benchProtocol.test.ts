import { describe, expect, it } from 'vitest';
import { createBenchHandler, isMainToBench, type BenchHost, type BenchToMain } from '@/lib/worker/benchProtocol';

/** A correct y = A·x, as a library would give it. */
const productOf = (matrix: { rows: number; columns: number; values: Float32Array }, vector: Float32Array) => {
  const y = new Float32Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row++) for (let column = 0; column < matrix.columns; column++) y[row] += matrix.values[row * matrix.columns + column] * vector[column];
  return { run: () => y, dispose: () => {} };
};

/** Lets pending promises (the library set-up) resolve. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeHost(prepareLibrary?: BenchHost['prepareLibrary']) {
  const posted: BenchToMain[] = [];
  const queue: (() => void)[] = [];
  let time = 0;
  return {
    posted,
    queue,
    host: {
      post: (message: BenchToMain) => posted.push(message),
      schedule: (task: () => void) => {
        queue.push(task);
        return () => queue.splice(queue.indexOf(task) >>> 0, 1);
      },
      now: () => (time += 1),
      prepareLibrary,
    },
    /** Runs scheduled tasks one at a time, like the worker's event loop. */
    drain(limit = 10_000) {
      for (let count = 0; count < limit && queue.length > 0; count++) queue.shift()?.();
    },
  };
}

describe('benchProtocol', () => {
  it('isMainToBench accepts the two messages and rejects junk', () => {
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: 64, seed: 1, library: 'off' })).toBe(true);
    expect(isMainToBench({ type: 'cancel' })).toBe(true);
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: Number.NaN, seed: 1 })).toBe(false);
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: '64', seed: 1 })).toBe(false);
    expect(isMainToBench(null)).toBe(false);
    expect(isMainToBench({ type: 'init' })).toBe(false);
  });

  it('posts one progress message per scheduled burst, ending with all levels done', async () => {
    const fake = fakeHost();
    const handle = createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 });
    handle({ type: 'timeSparse', run: 3, size: 16, seed: 1, library: 'off' });
    expect(fake.posted).toHaveLength(0);
    await settle();
    fake.drain();
    expect(fake.posted.length).toBeGreaterThan(10);
    const last = fake.posted.at(-1);
    expect(last).toMatchObject({ type: 'sparseTiming', run: 3, done: true, progress: 1 });
    expect(last?.type === 'sparseTiming' && last.points).toHaveLength(5);
    expect(fake.posted.filter((message) => message.type === 'sparseTiming' && message.done)).toHaveLength(1);
  });

  it('cancel stops a timing between bursts, and a new one replaces the old', async () => {
    const fake = fakeHost();
    const handle = createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 });
    handle({ type: 'timeSparse', run: 1, size: 16, seed: 1, library: 'off' });
    await settle();
    fake.queue.shift()?.();
    fake.queue.shift()?.();
    handle({ type: 'cancel' });
    expect(fake.queue).toHaveLength(0);
    const before = fake.posted.length;
    handle({ type: 'timeSparse', run: 2, size: 16, seed: 1, library: 'off' });
    handle({ type: 'timeSparse', run: 3, size: 16, seed: 1, library: 'off' });
    await settle();
    fake.drain();
    expect(fake.posted.slice(before).every((message) => message.run === 3)).toBe(true);
    expect(fake.posted.at(-1)).toMatchObject({ run: 3, done: true });
  });

  it('isMainToBench rejects a missing or unknown library choice', () => {
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: 64, seed: 1, library: 'wasm' })).toBe(true);
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: 64, seed: 1 })).toBe(false);
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: 64, seed: 1, library: 'gpu' })).toBe(false);
  });

  it('times the library on the backend it was set up on, and says which', async () => {
    const asked: [string, number][] = [];
    const fake = fakeHost(async (preference, size) => {
      asked.push([preference, size]);
      return { backend: 'wasm', fallbacks: ['webgl failed (no GPU), so wasm'], product: productOf };
    });
    createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 })({ type: 'timeSparse', run: 1, size: 16, seed: 1, library: 'webgl' });
    await settle();
    fake.drain();
    expect(asked).toEqual([['webgl', 16]]);
    const last = fake.posted.at(-1);
    expect(last).toMatchObject({ done: true, library: { backend: 'wasm', fallbacks: ['webgl failed (no GPU), so wasm'] }, libraryError: null });
    expect(last?.type === 'sparseTiming' && last.points.every((point) => point.libraryNs !== null && point.libraryNs > 0)).toBe(true);
  });

  it('when no backend works, times the rest and says why the library is missing', async () => {
    const fake = fakeHost(async () => {
      throw new Error('no tfjs backend could be set up');
    });
    createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 })({ type: 'timeSparse', run: 1, size: 16, seed: 1, library: 'auto' });
    await settle();
    fake.drain();
    const last = fake.posted.at(-1);
    expect(last).toMatchObject({ done: true, library: null, libraryError: 'no tfjs backend could be set up' });
    expect(last?.type === 'sparseTiming' && last.points.map((point) => point.libraryNs)).toEqual([null, null, null, null, null]);
  });

  it('a cancel while the library is being set up means the old timing never starts', async () => {
    let release: () => void = () => {};
    const fake = fakeHost(() => new Promise((resolve) => {
      release = () => resolve({ backend: 'cpu', fallbacks: [], product: productOf });
    }));
    const handle = createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 });
    handle({ type: 'timeSparse', run: 1, size: 16, seed: 1, library: 'cpu' });
    handle({ type: 'cancel' });
    release();
    await settle();
    fake.drain();
    expect(fake.posted).toHaveLength(0);
    expect(fake.queue).toHaveLength(0);
  });

  it('library "off" never asks for the library', async () => {
    let asked = false;
    const fake = fakeHost(async () => {
      asked = true;
      throw new Error('unreachable');
    });
    createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 })({ type: 'timeSparse', run: 1, size: 16, seed: 1, library: 'off' });
    await settle();
    fake.drain();
    expect(asked).toBe(false);
    expect(fake.posted.at(-1)).toMatchObject({ done: true, library: null, libraryError: null });
  });
});
