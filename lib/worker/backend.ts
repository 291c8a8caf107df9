/**
 * Which tfjs backend to run on, decided without touching tfjs: the order of candidates,
 * and the loop that tries them in turn and reports every fall-back. The tfjs side of each
 * attempt lives in `tfjsBackend.ts`.
 *
 * Measured in headless Chromium (STACK.md): wasm (SIMD, no threads) is the fastest for
 * small nets; cpu always works; webgl on SwiftShader is about ten times slower, so webgl is
 * chosen by 'auto' only on a real GPU and for work large enough to amortise its overhead.
 */
import type { TfjsBackend } from '../nn/session.types';
import type { BackendPreference } from './protocol';
import type { Workload } from './workload';

/** What the WebGL renderer string says about the GPU. */
export type GpuKind = 'hardware' | 'software' | 'none';

/** A switch from one backend to the next, with the reason the first one failed. */
export interface BackendFallback {
  from: TfjsBackend;
  to: TfjsBackend;
  reason: string;
}

/** Renderers that rasterise on the CPU: WebGL there is slower than wasm. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

/** Classifies an UNMASKED_RENDERER_WEBGL string (null when WebGL is unavailable). */
export function classifyRenderer(renderer: string | null): GpuKind {
  if (renderer === null || renderer.trim() === '') return 'none';
  return SOFTWARE_RENDERERS.test(renderer) ? 'software' : 'hardware';
}

/**
 * About 6·B·P flops per step above which a real GPU beats wasm despite its per-kernel
 * overhead (784-128-128-10 at batch 64 is 4·10⁷).
 */
export const LARGE_WORKLOAD_FLOPS = 2e7;

/** The fall-back order after the first choice, as the design requires: webgl → wasm → cpu. */
const FALLBACK_ORDER: Record<TfjsBackend, TfjsBackend[]> = {
  webgl: ['webgl', 'wasm', 'cpu'],
  wasm: ['wasm', 'cpu'],
  cpu: ['cpu'],
};

/** The backends to try, in order, for a preference, the GPU found, and the work to do. */
export function backendCandidates(
  preference: BackendPreference,
  gpu: GpuKind,
  workload: Workload,
): TfjsBackend[] {
  if (preference !== 'auto') return [...FALLBACK_ORDER[preference]];
  const gpuPays = gpu === 'hardware' && workload.flopsPerStep >= LARGE_WORKLOAD_FLOPS;
  return [...FALLBACK_ORDER[gpuPays ? 'webgl' : 'wasm']];
}

/** Whether 'auto' could pick webgl for this work, i.e. whether probing the GPU is worth it. */
export function mayUseGpu(preference: BackendPreference, workload: Workload): boolean {
  return preference === 'webgl' || (preference === 'auto' && workload.flopsPerStep >= LARGE_WORKLOAD_FLOPS);
}

/** Rejects with a timeout error when `promise` has not settled within `milliseconds`. */
export function withTimeout<T>(promise: Promise<T>, milliseconds: number, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${label} timed out after ${milliseconds} ms`)),
      milliseconds,
    );
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}

export interface SelectBackendOptions {
  /** Sets a backend up; rejects (or throws) when it does not work. */
  attempt: (backend: TfjsBackend) => Promise<void>;
  /** Called when an attempt failed or timed out, so a late success cannot take over. */
  abandon?: (backend: TfjsBackend) => void;
  /** Called once per fall-back, before the next attempt. */
  onFallback?: (fallback: BackendFallback) => void;
  /** Limit on each attempt; 4 s by default. */
  timeoutMs?: number;
}

/** Describes an error for a person: its message, or its text. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Tries `candidates` in order, each under a timeout, and resolves with the first that works.
 * Rejects, listing every reason, when none does.
 */
export async function selectBackend(
  candidates: readonly TfjsBackend[],
  options: SelectBackendOptions,
): Promise<TfjsBackend> {
  const timeoutMs = options.timeoutMs ?? 4000;
  const reasons: string[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const backend = candidates[index];
    try {
      await withTimeout(Promise.resolve().then(() => options.attempt(backend)), timeoutMs, `${backend} set-up`);
      return backend;
    } catch (error) {
      const reason = describeError(error);
      reasons.push(`${backend}: ${reason}`);
      options.abandon?.(backend);
      const next = candidates[index + 1];
      if (next !== undefined) options.onFallback?.({ from: backend, to: next, reason });
    }
  }
  throw new Error(`No tfjs backend could start (${reasons.join('; ') || 'none to try'})`);
}

/** The candidates that remain after `lost` stopped working (e.g. a lost WebGL context). */
export function candidatesAfterLoss(lost: TfjsBackend): TfjsBackend[] {
  return FALLBACK_ORDER[lost].slice(1);
}
