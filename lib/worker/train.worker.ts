/**
 * The training worker: a thin shell that wires `createTrainer` (handle.ts) to the worker's
 * globals. Everything worth testing is in handle.ts; this file only connects wires.
 *
 * Loaded by useTrainer with
 * `new Worker(new URL('../../lib/worker/train.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createSession } from '../nn/session';
import { createDatasetResolver } from './datasets';
import { createGenerators } from './generators';
import { createTrainer } from './handle';
import { isMainToWorker } from './protocol';
import { createScheduler } from './scheduler';
import { prepareTfjsBackend, watchContextLoss } from './tfjsBackend';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

const trainer = createTrainer({
  createSession,
  resolveDataset: createDatasetResolver(createGenerators(fetchBytes)),
  prepareBackend: (preference, workload, onFallback) => prepareTfjsBackend({ preference, workload, onFallback }),
  watchBackend: (_backend, onLost) => watchContextLoss(onLost),
  post: (message) => scope.postMessage(message),
  schedule: createScheduler(),
  now: () => performance.now(),
});

scope.onmessage = (event: MessageEvent<unknown>) => {
  if (isMainToWorker(event.data)) void trainer.handle(event.data);
};
