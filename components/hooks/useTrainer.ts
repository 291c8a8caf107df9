'use client';

/**
 * The one owner of training workers. A widget describes what to train (`config`) and whether
 * it is near the viewport (`enabled`); the hook starts a worker in an effect when enabled,
 * terminates it in the cleanup, keeps the worker's session in step with `config`, and hands
 * back the latest snapshot at most once per animation frame.
 *
 * `config` is the source of truth: a changed spec, dataset, engine, backend or step limit
 * rebuilds the session (a new run); changed hyper-parameters, seed or snapshot request are
 * sent as they are, without a rebuild.
 */
import { startTransition, useEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react';
import type { HyperParameters, Snapshot, SnapshotRequest } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import {
  createFrameThrottle,
  createIdentityCounter,
  diffHyperParameters,
  initialTrainerView,
  reduceTrainerView,
  requestKey,
  sessionKey,
  type FrameThrottle,
  type TrainerAction,
  type TrainerView,
} from '@/lib/worker/client';
import {
  isWorkerToMain,
  type BackendPreference,
  type CheckpointPlan,
  type DatasetSource,
  type EmbedRequest,
  type Embedding,
  type EngineChoice,
  type MainToWorker,
} from '@/lib/worker/protocol';

export interface TrainerConfig {
  spec: ModelSpec;
  dataset: DatasetSource;
  hyper: HyperParameters;
  seed: number;
  /** 'auto' (default): typed arrays for small nets, tfjs for large ones. */
  engine?: EngineChoice;
  /** 'auto' (default): wasm, else cpu; webgl only on a real GPU for large work. */
  backend?: BackendPreference;
  snapshot?: SnapshotRequest;
  /** Training stops ('done') after this many updates. */
  maxSteps?: number;
  /** At most this many updates per second, so the reader sees training happen; unpaced when absent. */
  stepsPerSecond?: number;
  /** Steps at which the worker keeps the probe set's activations, for `embed`. */
  checkpoints?: CheckpointPlan;
}

export interface TrainerControls {
  start(): void;
  pause(): void;
  resume(): void;
  /** Back to step 0, with a new seed if given. */
  reset(seed?: number): void;
  /** Runs `count` updates once (1 by default), pausing first if training. */
  step(count?: number): void;
  /** Sends changes at once; a later change of `config.hyper` wins over them. */
  setHyperParameters(changes: Partial<HyperParameters>): void;
  /** The embeddings wanted now, most wanted first (see the 'embed' message); results arrive in `embeddings`. */
  embed(requests: EmbedRequest[]): void;
}

/** status, engine, backend, snapshot, error, fallbacks, divergedAt, and the controls. */
export type Trainer = TrainerView & TrainerControls;

/** What the worker was last told. */
interface Sent {
  run: number;
  sessionKey: string;
  requestKey: string;
  hyper: HyperParameters;
  seed: number;
}

/** The hook's mutable wiring, in one ref: the worker, its frame throttle, what it was told. */
interface Channel {
  worker: Worker | null;
  throttle: FrameThrottle<Snapshot> | null;
  /** Intermediate embedding frames, at most one per animation frame (results bypass it). */
  frames: FrameThrottle<Embedding> | null;
  sent: Sent | null;
  run: number;
  config: TrainerConfig;
}

type Dispatch = (action: TrainerAction) => void;
type Keys = { session: string; request: string };

/**
 * Hyper-parameters a test forces on every trainer of the page (window.__forceTrainerHyper, set
 * by a test before the page loads, e.g. { learningRate: 1e30 } to force an overflow). Never
 * read from the URL, so a shared link cannot set it.
 */
function forcedHyper(): Partial<TrainerConfig['hyper']> {
  const forced = (globalThis as { __forceTrainerHyper?: unknown }).__forceTrainerHyper;
  return typeof forced === 'object' && forced !== null ? (forced as Partial<TrainerConfig['hyper']>) : {};
}

/** Sends `init` for the channel's current config as a new run. */
function sendInit(channel: Channel, dispatch: Dispatch, keys: Keys): void {
  const { worker, config } = channel;
  if (!worker) return;
  channel.run += 1;
  channel.sent = { run: channel.run, sessionKey: keys.session, requestKey: keys.request, hyper: config.hyper, seed: config.seed };
  channel.throttle?.cancel();
  channel.frames?.cancel();
  dispatch({ kind: 'loading' });
  const message: MainToWorker = {
    type: 'init', run: channel.run, spec: config.spec, dataset: config.dataset, hyper: { ...config.hyper, ...forcedHyper() }, seed: config.seed,
    engine: config.engine ?? 'auto', backend: config.backend ?? 'auto', snapshot: config.snapshot, maxSteps: config.maxSteps,
    stepsPerSecond: config.stepsPerSecond,
    checkpoints: config.checkpoints,
  };
  worker.postMessage(message);
}

/** The parts of `config` whose change needs a new session. */
function sessionParts(config: TrainerConfig) {
  return {
    spec: config.spec, dataset: config.dataset, engine: config.engine ?? 'auto',
    backend: config.backend ?? 'auto', maxSteps: config.maxSteps, stepsPerSecond: config.stepsPerSecond,
    checkpoints: config.checkpoints,
  };
}

/** The worker's life: created when enabled, terminated in the cleanup; one message handler. */
function useWorker(enabled: boolean, channelRef: RefObject<Channel>, dispatch: Dispatch, keysRef: RefObject<Keys>): void {
  useEffect(() => {
    if (!enabled) return;
    const channel = channelRef.current;
    const worker = new Worker(new URL('../../lib/worker/train.worker.ts', import.meta.url), { type: 'module' });
    const throttle = createFrameThrottle<Snapshot>(
      // A transition: React renders the new snapshot in slices it can interrupt, so drawing a
      // busy demo never blocks the main thread for long (no long tasks while training).
      (snapshot) => startTransition(() => dispatch({ kind: 'snapshot', snapshot })),
      (callback) => requestAnimationFrame(callback),
      (handle) => cancelAnimationFrame(handle),
    );
    const frames = createFrameThrottle<Embedding>(
      (embedding) => dispatch({ kind: 'message', message: { type: 'embedding', run: channel.run, embedding } }),
      (callback) => requestAnimationFrame(callback),
      (handle) => cancelAnimationFrame(handle),
    );
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isWorkerToMain(message) || message.run !== channel.sent?.run) return;
      if (message.type === 'snapshot') throttle.push(message.snapshot);
      else if (message.type === 'embedding' && !message.embedding.done) frames.push(message.embedding);
      else {
        // The snapshot still waiting for its frame comes first, in the same render as this
        // message: a reader never sees "Done" beside the numbers of the step before.
        const pending = throttle.take();
        if (pending) dispatch({ kind: 'snapshot', snapshot: pending });
        dispatch({ kind: 'message', message });
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      dispatch({ kind: 'crashed', message: event.message || 'The training worker could not start.' });
    };
    Object.assign(channel, { worker, throttle, frames });
    sendInit(channel, dispatch, keysRef.current);
    return () => {
      throttle.cancel();
      frames.cancel();
      worker.terminate();
      Object.assign(channel, { worker: null, throttle: null, frames: null, sent: null });
      dispatch({ kind: 'stopped' });
    };
  }, [enabled, channelRef, dispatch, keysRef]);
}

/** Keeps the worker's session in step with `config`: a new run, or just the changed parts. */
function useConfigSync(config: TrainerConfig, keys: Keys, channelRef: RefObject<Channel>, dispatch: Dispatch): void {
  const post = (message: MainToWorker) => channelRef.current.worker?.postMessage(message);
  useEffect(() => {
    const sent = channelRef.current.sent;
    if (sent && sent.sessionKey !== keys.session) sendInit(channelRef.current, dispatch, keys);
    // keys.request is only read when a new run starts; its own changes have their own effect.
  }, [keys.session, channelRef, dispatch]);

  const hyperKey = JSON.stringify(config.hyper);
  useEffect(() => {
    const sent = channelRef.current.sent;
    if (!sent) return;
    const wanted = channelRef.current.config.hyper;
    const changes = diffHyperParameters(sent.hyper, wanted);
    sent.hyper = wanted;
    if (changes) post({ type: 'setHyperParameters', changes });
  }, [hyperKey]);

  useEffect(() => {
    const sent = channelRef.current.sent;
    if (!sent || sent.seed === config.seed) return;
    sent.seed = config.seed;
    post({ type: 'reset', seed: config.seed });
  }, [config.seed]);

  useEffect(() => {
    const sent = channelRef.current.sent;
    if (!sent || sent.requestKey === keys.request) return;
    sent.requestKey = keys.request;
    post({ type: 'setSnapshotRequest', request: channelRef.current.config.snapshot ?? {} });
  }, [keys.request]);
}

/** The buttons: each posts one message (the worker ignores what does not apply). */
function useControls(channelRef: RefObject<Channel>): TrainerControls {
  return useMemo<TrainerControls>(() => {
    const post = (message: MainToWorker) => channelRef.current.worker?.postMessage(message);
    return {
      start: () => post({ type: 'start' }),
      pause: () => post({ type: 'pause' }),
      resume: () => post({ type: 'resume' }),
      reset: (seed) => post(seed === undefined ? { type: 'reset' } : { type: 'reset', seed }),
      step: (count = 1) => post({ type: 'step', count }),
      setHyperParameters(changes) {
        const sent = channelRef.current.sent;
        if (sent) sent.hyper = { ...sent.hyper, ...changes };
        post({ type: 'setHyperParameters', changes });
      },
      embed: (requests) => post({ type: 'embed', requests }),
    };
  }, [channelRef]);
}

/**
 * Trains `config` in a worker while `enabled` (the widget is near the viewport). Returns the
 * trainer's view (status, engine, backend, latest snapshot at most once per frame, error,
 * fall-backs, divergedAt, checkpoints and embeddings) and its controls.
 */
export function useTrainer(config: TrainerConfig, enabled: boolean): Trainer {
  const [view, dispatch] = useReducer(reduceTrainerView, initialTrainerView);
  const [identity] = useState(createIdentityCounter);
  const channelRef = useRef<Channel>({ worker: null, throttle: null, frames: null, sent: null, run: 0, config });
  const keys: Keys = { session: sessionKey(sessionParts(config), identity), request: requestKey(config.snapshot, identity) };
  const keysRef = useRef(keys);
  // Declared first so that every effect below reads this render's config and keys.
  useEffect(() => {
    channelRef.current.config = config;
    keysRef.current = keys;
  });
  useWorker(enabled, channelRef, dispatch, keysRef);
  useConfigSync(config, keys, channelRef, dispatch);
  const controls = useControls(channelRef);
  return { ...view, ...controls };
}
