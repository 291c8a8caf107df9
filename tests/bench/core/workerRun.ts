/**
 * Wall time to a target validation accuracy through the real training worker (the same
 * train.worker.ts the site loads), from the first step; start-up measured on its own.
 */
import type { HyperParameters, TfjsBackend } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import type { BackendPreference, EngineChoice, MainToWorker, WorkerToMain } from '@/lib/worker/protocol';

export interface TargetRun {
  startupMs: number;
  engine: string;
  backend: TfjsBackend | null;
  /** Milliseconds from 'start' to the first snapshot at or above the target, or null. */
  reachedMs: number | null;
  stepsAtTarget: number | null;
  bestAccuracy: number;
  fallbacks: string[];
  error?: string;
}

export interface TargetOptions {
  spec: ModelSpec;
  generator: string;
  params: Record<string, number>;
  hyper: HyperParameters;
  seed: number;
  target: number;
  engine: EngineChoice;
  backend: BackendPreference;
  limitMs: number;
}

export function runToTarget(options: TargetOptions): Promise<TargetRun> {
  const created = performance.now();
  const worker = new Worker(new URL('../../../lib/worker/train.worker.ts', import.meta.url), { type: 'module' });
  const result: TargetRun = { startupMs: NaN, engine: '', backend: null, reachedMs: null, stepsAtTarget: null, bestAccuracy: 0, fallbacks: [] };
  const send = (message: MainToWorker) => worker.postMessage(message);
  return new Promise<TargetRun>((resolve) => {
    let started = 0;
    let limit: ReturnType<typeof setTimeout> | undefined;
    const finish = (error?: string) => {
      clearTimeout(limit);
      worker.terminate();
      if (error) result.error = error;
      resolve(result);
    };
    worker.onerror = (event) => finish(`worker error: ${event.message}`);
    worker.onmessage = (event: MessageEvent<WorkerToMain>) => {
      const message = event.data;
      if (message.type === 'fallback') result.fallbacks.push(`${message.from}→${message.to}: ${message.reason}`);
      else if (message.type === 'error') finish(message.message);
      else if (message.type === 'ready') {
        result.startupMs = performance.now() - created;
        result.engine = message.engine;
        result.backend = message.backend;
        started = performance.now();
        send({ type: 'start' });
        limit = setTimeout(() => finish(), options.limitMs);
      } else if (message.type === 'snapshot') {
        const accuracy = message.snapshot.validationAccuracy ?? 0;
        result.bestAccuracy = Math.max(result.bestAccuracy, accuracy);
        if (accuracy >= options.target) {
          result.reachedMs = performance.now() - started;
          result.stepsAtTarget = message.snapshot.step;
          finish();
        }
      } else if (message.type === 'status' && (message.status === 'done' || message.status === 'diverged')) {
        finish(message.status === 'diverged' ? `diverged at step ${message.step}` : undefined);
      }
    };
    send({
      type: 'init', run: 1, spec: options.spec, hyper: options.hyper, seed: options.seed,
      dataset: { kind: 'generator', name: options.generator, params: options.params, seed: options.seed },
      engine: options.engine, backend: options.backend, maxSteps: 10_000_000,
    });
  });
}
