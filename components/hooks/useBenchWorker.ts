'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimingPoint } from '@/lib/analysis/sparseTiming';
import type { BenchToMain, LibraryChoice, LibraryInfo, MainToBench } from '@/lib/worker/benchProtocol';

/** Where a timing stands: nothing yet, measuring, finished, or failed. */
export type BenchStatus = 'idle' | 'running' | 'done' | 'error';

/** A timing's state and its controls. */
export interface BenchWorker {
  status: BenchStatus;
  progress: number;
  points: TimingPoint[];
  error: string | null;
  /** The library (tfjs backend) that did the library's dense product, once known. */
  library: LibraryInfo | null;
  /** Why the library's product is missing, when it was asked for and could not be set up. */
  libraryError: string | null;
  /** Times dense (typed arrays, and tfjs unless 'off') against CSR for a size × size layer; cancels any timing under way. */
  start(size: number, seed: number, library: LibraryChoice): void;
  /** Forgets the results (and stops a timing under way). */
  reset(): void;
}

type State = Omit<BenchWorker, 'start' | 'reset'>;

const initial: State = { status: 'idle', progress: 0, points: [], error: null, library: null, libraryError: null };

/**
 * The benchmark worker (bench.worker.ts), created on the first `start` and terminated on
 * unmount. A second owner of a worker beside useTrainer, because timing has nothing to do with
 * training sessions: it keeps the training protocol free of benchmark messages.
 */
export function useBenchWorker(): BenchWorker {
  const workerRef = useRef<Worker | null>(null);
  const runRef = useRef(0);
  const [state, setState] = useState<State>(initial);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );

  const worker = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current;
    const created = new Worker(new URL('../../lib/worker/bench.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<BenchToMain>) => {
      const message = event.data;
      if (message.run !== runRef.current) return;
      if (message.type === 'benchError') setState((previous) => ({ ...previous, status: 'error', error: message.message }));
      else {
        const { progress, points, library, libraryError } = message;
        setState({ status: message.done ? 'done' : 'running', progress, points, error: null, library, libraryError });
      }
    };
    created.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      setState((previous) => ({ ...previous, status: 'error', error: event.message || 'The timing worker could not start.' }));
    };
    workerRef.current = created;
    return created;
  }, []);

  const post = useCallback((message: MainToBench) => worker().postMessage(message), [worker]);

  const start = useCallback(
    (size: number, seed: number, library: LibraryChoice) => {
      runRef.current++;
      setState({ ...initial, status: 'running' });
      post({ type: 'timeSparse', run: runRef.current, size, seed, library });
    },
    [post],
  );

  const reset = useCallback(() => {
    runRef.current++;
    if (workerRef.current) workerRef.current.postMessage({ type: 'cancel' } satisfies MainToBench);
    setState(initial);
  }, []);

  return { ...state, start, reset };
}
