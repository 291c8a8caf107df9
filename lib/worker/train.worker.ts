/**
 * The training worker: a thin shell that wires `createTrainer` (handle.ts) to the worker's
 * globals. Everything worth testing is in handle.ts and lazyEngines.ts; this file only
 * connects wires. tfjs is imported only when a run needs it (lazyEngines.ts).
 *
 * Loaded by useTrainer with
 * `new Worker(new URL('../../lib/worker/train.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createDatasetResolver } from './datasets';
import { createGenerators } from './generators';
import { createTrainer } from './handle';
import { createLazyEngines } from './lazyEngines';
import { isMainToWorker } from './protocol';
import { createScheduler } from './scheduler';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

const engines = createLazyEngines();

const trainer = createTrainer({
  createSession: engines.createSession,
  resolveDataset: createDatasetResolver(createGenerators(fetchBytes)),
  prepareBackend: engines.prepareBackend,
  watchBackend: engines.watchBackend,
  post: (message) => scope.postMessage(message),
  schedule: createScheduler(),
  now: () => performance.now(),
});

// For the fault tests, which evaluate it inside this worker: lose the WebGL context mid-run.
(scope as unknown as { __loseWebglContext?: () => Promise<string> }).__loseWebglContext = async () =>
  engines.tfjsRequested ? (await import('./tfjsBackend')).loseWebglContext() : 'tfjs not loaded';

// For the leak tests: the live tfjs tensors of this worker (0 while tfjs is not loaded).
(scope as unknown as { __tfjsTensors?: () => Promise<number> }).__tfjsTensors = async () =>
  engines.tfjsRequested ? (await import('@tensorflow/tfjs')).memory().numTensors : 0;

scope.onmessage = (event: MessageEvent<unknown>) => {
  if (isMainToWorker(event.data)) void trainer.handle(event.data);
};
