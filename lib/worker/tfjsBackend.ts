/**
 * The tfjs side of backend selection: setting a backend up, checking that it computes,
 * probing the GPU, and noticing a lost WebGL context. Runs in the worker (or a bench page);
 * the decisions themselves are in `backend.ts`.
 */
import * as tf from '@tensorflow/tfjs';
import type { TfjsBackend } from '../nn/session.types';
import {
  backendCandidates,
  classifyRenderer,
  mayUseGpu,
  selectBackend,
  type BackendFallback,
  type GpuKind,
} from './backend';
import type { BackendPreference } from './protocol';
import type { Workload } from './workload';

/** Where the wasm binaries are served (copied there by scripts/copy-tfjs-wasm.mjs). */
export const DEFAULT_WASM_PATH = '/tfjs/';

let wasmLoaded: Promise<void> | null = null;

/** Registers the wasm backend once: single-threaded (the threaded build hangs when isolated). */
function loadWasm(wasmPath: string): Promise<void> {
  wasmLoaded ??= import('@tensorflow/tfjs-backend-wasm').then((wasm) => {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    wasm.setWasmPaths(wasmPath);
  });
  return wasmLoaded;
}

/** 1 + 2 must be 3: after a WebGL context loss tfjs returns zeros instead of failing. */
function checkArithmetic(): void {
  const sum = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)).dataSync()[0]);
  if (sum !== 3) throw new Error(`${tf.getBackend()} computed 1 + 2 = ${sum}`);
}

/** Makes `backend` the active tfjs backend, or throws why it cannot be. */
export async function setUpTfjsBackend(backend: TfjsBackend, wasmPath = DEFAULT_WASM_PATH): Promise<void> {
  if (backend === 'wasm') await loadWasm(wasmPath);
  if (tf.findBackendFactory(backend) === null) throw new Error(`${backend} is not registered`);
  const ready = await tf.setBackend(backend);
  if (!ready) {
    const hint = backend === 'wasm' ? ` (are the .wasm files served from ${wasmPath} as application/wasm?)` : '';
    throw new Error(`setBackend('${backend}') resolved false${hint}`);
  }
  checkArithmetic();
}

/**
 * Stops a set-up that timed out from taking over later: removing a backend whose
 * initialisation is pending makes tfjs discard it.
 */
export function abandonTfjsBackend(backend: TfjsBackend): void {
  if (backend === 'cpu' || tf.findBackendFactory(backend) === null) return;
  if (tf.engine().backendName === backend && tf.engine().registry[backend] === undefined) {
    tf.removeBackend(backend);
  }
}

/** The unmasked WebGL renderer string, or null without WebGL (no DOM needed). */
export function detectRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return renderer;
  } catch {
    return null;
  }
}

export interface PrepareBackendOptions {
  preference: BackendPreference;
  workload: Workload;
  onFallback: (fallback: BackendFallback) => void;
  wasmPath?: string;
  timeoutMs?: number;
  /** The GPU, when already known (tests and benches); probed only if webgl could win. */
  gpu?: GpuKind;
}

/** Chooses, sets up and returns the tfjs backend, falling back and reporting as it goes. */
export function prepareTfjsBackend(options: PrepareBackendOptions): Promise<TfjsBackend> {
  const gpu = options.gpu
    ?? (mayUseGpu(options.preference, options.workload) ? classifyRenderer(detectRenderer()) : 'none');
  const candidates = backendCandidates(options.preference, gpu, options.workload);
  return selectBackend(candidates, {
    attempt: (backend) => setUpTfjsBackend(backend, options.wasmPath),
    abandon: abandonTfjsBackend,
    onFallback: options.onFallback,
    timeoutMs: options.timeoutMs,
  });
}

/**
 * Calls `onLost` once if the active WebGL backend loses its context; returns the unsubscribe.
 * Other backends cannot lose anything, so for them this does nothing.
 */
export function watchContextLoss(onLost: (reason: string) => void): () => void {
  if (tf.getBackend() !== 'webgl') return () => {};
  const canvas = (tf.backend() as unknown as { canvas?: EventTarget }).canvas;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => {};
  const listener = () => onLost('the WebGL context was lost');
  canvas.addEventListener('webglcontextlost', listener, { once: true });
  return () => canvas.removeEventListener('webglcontextlost', listener);
}

/**
 * Loses the active WebGL backend's context, as a GPU reset or a browser reclaiming contexts
 * would; for fault tests. Returns what it did.
 */
export function loseWebglContext(): string {
  if (tf.getBackend() !== 'webgl') return `not on webgl (on ${tf.getBackend()})`;
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  const extension = gl?.getExtension('WEBGL_lose_context');
  if (!extension) return 'no WEBGL_lose_context';
  extension.loseContext();
  return 'context lost';
}
