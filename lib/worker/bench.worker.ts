/**
 * The benchmark worker: times dense against sparse products off the main thread, one short
 * burst per task (benchProtocol.ts holds the logic; this file only connects wires). tfjs is
 * imported only when a timing asks for its matMul.
 *
 * Loaded by useBenchWorker with
 * `new Worker(new URL('../../lib/worker/bench.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createBenchHandler, isMainToBench } from './benchProtocol';
import { createScheduler } from './scheduler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const schedule = createScheduler();

const handle = createBenchHandler({
  post: (message) => scope.postMessage(message),
  schedule: (task) => schedule(task),
  now: () => performance.now(),
  prepareLibrary: async (preference, size) => (await import('./tfjsMatMul')).prepareTfjsMatMul(preference, size),
});

scope.onmessage = (event: MessageEvent<unknown>) => {
  if (isMainToBench(event.data)) handle(event.data);
};
