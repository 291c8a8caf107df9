/**
 * The messages between a page and its benchmark worker (bench.worker.ts), and the loop that
 * runs a sparse timing there one burst per scheduled task, so the worker answers `cancel`
 * between bursts and the page sees progress. Owned by `useBenchWorker`.
 */
import { createSparseTimer, type LibraryProduct, type TimingPoint } from '../analysis/sparseTiming';
import type { BackendPreference } from './protocol';

/** Which tfjs backend does the library's dense product, or 'off' to time typed arrays and CSR only. */
export type LibraryChoice = BackendPreference | 'off';

const LIBRARY_CHOICES: readonly LibraryChoice[] = ['auto', 'wasm', 'webgl', 'cpu', 'off'];

/** Page → worker: time dense against CSR products for a size × size layer, or stop. */
export type MainToBench = { type: 'timeSparse'; run: number; size: number; seed: number; library: LibraryChoice } | { type: 'cancel' };

/** The library that did the dense product: its backend, and why others were passed over. */
export interface LibraryInfo {
  backend: string;
  fallbacks: string[];
}

/** Worker → page: progress and the finished points so far; `done` on the last one. */
export type BenchToMain =
  | {
      type: 'sparseTiming';
      run: number;
      progress: number;
      points: TimingPoint[];
      done: boolean;
      /** The library in use, null when off or when it could not be set up (`libraryError` says why). */
      library: LibraryInfo | null;
      libraryError: string | null;
    }
  | { type: 'benchError'; run: number; message: string };

/** Whether a value is a message the bench worker understands. */
export function isMainToBench(value: unknown): value is MainToBench {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'cancel') return true;
  return (
    message.type === 'timeSparse' &&
    [message.run, message.size, message.seed].every((field) => typeof field === 'number' && Number.isFinite(field)) &&
    LIBRARY_CHOICES.includes(message.library as LibraryChoice)
  );
}

/** A library's dense product, ready on a backend (tfjs matMul in the worker). */
export interface PreparedLibrary extends LibraryInfo {
  product: LibraryProduct;
}

/** What the bench loop needs from its host: where to post, how to schedule a task, a clock, a library. */
export interface BenchHost {
  post: (message: BenchToMain) => void;
  schedule: (task: () => void) => () => void;
  now: () => number;
  /** Sets the library up on a backend for a size × size product; rejects when none works. */
  prepareLibrary?: (preference: BackendPreference, size: number) => Promise<PreparedLibrary>;
}

type TimeSparse = Extract<MainToBench, { type: 'timeSparse' }>;

/** The library for a run, or why there is none; never rejects. */
async function libraryFor(host: BenchHost, message: TimeSparse, size: number): Promise<{ prepared: PreparedLibrary | null; error: string | null }> {
  if (message.library === 'off' || !host.prepareLibrary) return { prepared: null, error: null };
  try {
    return { prepared: await host.prepareLibrary(message.library, size), error: null };
  } catch (error) {
    return { prepared: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Handles the bench worker's messages: one timing at a time, a new one cancels the old. */
export function createBenchHandler(host: BenchHost, timing: { targetMs?: number; burstMs?: number } = {}): (message: MainToBench) => void {
  let cancel: (() => void) | null = null;
  let current = 0;
  const run = async (message: TimeSparse, token: number) => {
    const size = Math.round(Math.min(2048, Math.max(8, message.size)));
    const { prepared, error } = await libraryFor(host, message, size);
    // A newer message (a cancel or another timing) arrived while the library was set up.
    if (token !== current) return;
    const library = prepared ? { backend: prepared.backend, fallbacks: prepared.fallbacks } : null;
    const timer = createSparseTimer({ size, seed: message.seed, now: host.now, library: prepared?.product, ...timing });
    const burst = () => {
      try {
        const result = timer.burst();
        host.post({ type: 'sparseTiming', run: message.run, ...result, library, libraryError: error });
        cancel = result.done ? null : host.schedule(burst);
      } catch (failure) {
        cancel = null;
        host.post({ type: 'benchError', run: message.run, message: failure instanceof Error ? failure.message : String(failure) });
      }
    };
    cancel = host.schedule(burst);
  };
  return (message) => {
    current++;
    cancel?.();
    cancel = null;
    if (message.type === 'timeSparse') void run(message, current);
  };
}
