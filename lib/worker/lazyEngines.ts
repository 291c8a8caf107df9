/**
 * The worker's engines, loaded when a run needs them: the typed engine is always at hand, and
 * the tfjs engine and backend set-up are imported together, once, by the first run on tfjs.
 * A worker that only ever trains on the typed engine never fetches tfjs, which took about
 * 200 ms of its start-up when everything was imported up front.
 */
import type { EngineRegistry } from '../nn/engines';
import type { SessionOptions, TfjsBackend, TrainingSession } from '../nn/session.types';
import { createSessionWith } from '../nn/trainingSession';
import { createTypedEngine } from '../nn/typed/engine';
import type { BackendFallback } from './backend';
import type { BackendPreference } from './protocol';
import type { PrepareBackendOptions } from './tfjsBackend';
import type { Workload } from './workload';

/** What the tfjs side provides once loaded. */
export interface TfjsSide {
  createTfjsEngine: NonNullable<EngineRegistry['tfjs']>;
  prepareTfjsBackend(options: PrepareBackendOptions): Promise<TfjsBackend>;
  watchContextLoss(onLost: (reason: string) => void): () => void;
}

/** The session factory and backend hooks of `TrainerEnvironment`, with tfjs loaded lazily. */
export interface LazyEngines {
  createSession(options: SessionOptions): Promise<TrainingSession>;
  prepareBackend(
    preference: BackendPreference,
    workload: Workload,
    onFallback: (fallback: BackendFallback) => void,
  ): Promise<TfjsBackend>;
  watchBackend(backend: TfjsBackend, onLost: (reason: string) => void): () => void;
  /** Whether the tfjs side has been loaded (or is loading). */
  readonly tfjsRequested: boolean;
}

/** Imports the tfjs engine and the backend set-up (two chunks the bundler splits off). */
async function importTfjsSide(): Promise<TfjsSide> {
  const [engine, backend] = await Promise.all([import('../nn/tfjs/engine'), import('./tfjsBackend')]);
  return { ...backend, createTfjsEngine: engine.createTfjsEngine };
}

/** Engines over `load` (the real dynamic import unless a test passes its own). */
export function createLazyEngines(load: () => Promise<TfjsSide> = importTfjsSide): LazyEngines {
  const engines: EngineRegistry = { typed: createTypedEngine };
  let tfjs: Promise<TfjsSide> | null = null;
  let loaded: TfjsSide | null = null;
  const loadTfjs = () => {
    tfjs ??= load().then((side) => {
      engines.tfjs = side.createTfjsEngine;
      loaded = side;
      return side;
    });
    return tfjs;
  };
  return {
    async createSession(options) {
      if (options.engine === 'tfjs') await loadTfjs();
      return createSessionWith(engines, options);
    },
    async prepareBackend(preference, workload, onFallback) {
      const side = await loadTfjs();
      return side.prepareTfjsBackend({ preference, workload, onFallback });
    },
    // A backend is only ever watched after prepareBackend set it up, so tfjs is loaded by then.
    watchBackend: (_backend, onLost) => (loaded ? loaded.watchContextLoss(onLost) : () => {}),
    get tfjsRequested() {
      return tfjs !== null;
    },
  };
}
