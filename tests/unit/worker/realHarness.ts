/**
 * A trainer over real sessions (tfjs on the cpu backend, or typed arrays) with a task queue
 * the test drains, for the tests that check what the fakes cannot: leaks, real numbers.
 */
import * as tf from '@tensorflow/tfjs';
import { createSession } from '@/lib/nn/session';
import { createTrainer } from '@/lib/worker/handle';
import type { WorkerToMain } from '@/lib/worker/protocol';

/** `now` is the trainer's clock: real time by default, or a fake that a test advances. */
export function createRealHarness(now: () => number = () => performance.now()) {
  const posted: WorkerToMain[] = [];
  const tasks: (() => void)[] = [];
  const trainer = createTrainer({
    createSession,
    resolveDataset: (source) => {
      if (source.kind !== 'arrays') throw new Error('arrays only');
      return source.data;
    },
    prepareBackend: async () => {
      await tf.setBackend('cpu');
      return 'cpu';
    },
    post: (message) => posted.push(message),
    schedule: (task) => {
      tasks.push(task);
      return () => {
        const index = tasks.indexOf(task);
        if (index >= 0) tasks.splice(index, 1);
      };
    },
    now,
  });
  /** Runs up to `count` scheduled tasks (ticks, embedding slices), oldest first. */
  const runTicks = (count = 100_000) => {
    for (let tick = 0; tick < count && tasks.length > 0; tick++) tasks.shift()!();
  };
  return { trainer, posted, tasks, runTicks };
}
