/**
 * The messages between a page and its benchmark worker (bench.worker.ts), and the loop that
 * runs a sparse timing there one burst per scheduled task, so the worker answers `cancel`
 * between bursts and the page sees progress. Owned by `useBenchWorker`.
 */
import { createSparseTimer, type TimingPoint } from '../analysis/sparseTiming';

/** Page → worker: time dense against CSR products for a size × size layer, or stop. */
export type MainToBench = { type: 'timeSparse'; run: number; size: number; seed: number } | { type: 'cancel' };

/** Worker → page: progress and the finished points so far; `done` on the last one. */
export type BenchToMain =
  | { type: 'sparseTiming'; run: number; progress: number; points: TimingPoint[]; done: boolean }
  | { type: 'benchError'; run: number; message: string };

/** Whether a value is a message the bench worker understands. */
export function isMainToBench(value: unknown): value is MainToBench {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'cancel') return true;
  return message.type === 'timeSparse' && [message.run, message.size, message.seed].every((field) => typeof field === 'number' && Number.isFinite(field));
}

/** What the bench loop needs from its host: where to post, how to schedule a task, a clock. */
export interface BenchHost {
  post: (message: BenchToMain) => void;
  schedule: (task: () => void) => () => void;
  now: () => number;
}

/** Handles the bench worker's messages: one timing at a time, a new one cancels the old. */
export function createBenchHandler(host: BenchHost, timing: { targetMs?: number; burstMs?: number } = {}): (message: MainToBench) => void {
  let cancel: (() => void) | null = null;
  const run = (message: Extract<MainToBench, { type: 'timeSparse' }>) => {
    const size = Math.round(Math.min(2048, Math.max(8, message.size)));
    const timer = createSparseTimer({ size, seed: message.seed, now: host.now, ...timing });
    const burst = () => {
      try {
        const result = timer.burst();
        host.post({ type: 'sparseTiming', run: message.run, ...result });
        cancel = result.done ? null : host.schedule(burst);
      } catch (error) {
        cancel = null;
        host.post({ type: 'benchError', run: message.run, message: error instanceof Error ? error.message : String(error) });
      }
    };
    cancel = host.schedule(burst);
  };
  return (message) => {
    cancel?.();
    cancel = null;
    if (message.type === 'timeSparse') run(message);
  };
}
