import { describe, expect, it } from 'vitest';
import { createBenchHandler, isMainToBench, type BenchToMain } from '@/lib/worker/benchProtocol';

function fakeHost() {
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
    },
    /** Runs scheduled tasks one at a time, like the worker's event loop. */
    drain(limit = 10_000) {
      for (let count = 0; count < limit && queue.length > 0; count++) queue.shift()?.();
    },
  };
}

describe('benchProtocol', () => {
  it('isMainToBench accepts the two messages and rejects junk', () => {
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: 64, seed: 1 })).toBe(true);
    expect(isMainToBench({ type: 'cancel' })).toBe(true);
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: Number.NaN, seed: 1 })).toBe(false);
    expect(isMainToBench({ type: 'timeSparse', run: 1, size: '64', seed: 1 })).toBe(false);
    expect(isMainToBench(null)).toBe(false);
    expect(isMainToBench({ type: 'init' })).toBe(false);
  });

  it('posts one progress message per scheduled burst, ending with all levels done', () => {
    const fake = fakeHost();
    const handle = createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 });
    handle({ type: 'timeSparse', run: 3, size: 16, seed: 1 });
    expect(fake.posted).toHaveLength(0);
    fake.drain();
    expect(fake.posted.length).toBeGreaterThan(10);
    const last = fake.posted.at(-1);
    expect(last).toMatchObject({ type: 'sparseTiming', run: 3, done: true, progress: 1 });
    expect(last?.type === 'sparseTiming' && last.points).toHaveLength(5);
    expect(fake.posted.filter((message) => message.type === 'sparseTiming' && message.done)).toHaveLength(1);
  });

  it('cancel stops a timing between bursts, and a new one replaces the old', () => {
    const fake = fakeHost();
    const handle = createBenchHandler(fake.host, { targetMs: 6, burstMs: 2 });
    handle({ type: 'timeSparse', run: 1, size: 16, seed: 1 });
    fake.queue.shift()?.();
    fake.queue.shift()?.();
    handle({ type: 'cancel' });
    expect(fake.queue).toHaveLength(0);
    const before = fake.posted.length;
    handle({ type: 'timeSparse', run: 2, size: 16, seed: 1 });
    handle({ type: 'timeSparse', run: 3, size: 16, seed: 1 });
    fake.drain();
    expect(fake.posted.slice(before).every((message) => message.run === 3)).toBe(true);
    expect(fake.posted.at(-1)).toMatchObject({ run: 3, done: true });
  });
});
