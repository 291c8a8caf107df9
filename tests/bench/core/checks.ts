/**
 * Backend fall-back, seen in a real browser: the wasm binaries missing (wasm → cpu, with the
 * reason), and a WebGL context lost under the webgl backend (noticed by watchContextLoss).
 * Run in a fresh page: a failed wasm set-up stays failed for the page's life.
 */
import * as tf from '@tensorflow/tfjs';
import type { BackendFallback } from '@/lib/worker/backend';
import { describeError } from '@/lib/worker/backend';
import { prepareTfjsBackend, setUpTfjsBackend, watchContextLoss } from '@/lib/worker/tfjsBackend';

const workload = { multiplyAdds: 18, samplesPerStep: 10, flopsPerStep: 1080 };

async function missingWasm() {
  const fallbacks: BackendFallback[] = [];
  const began = performance.now();
  try {
    const chosen = await prepareTfjsBackend({
      preference: 'wasm', workload, wasmPath: '/missing-wasm/', timeoutMs: 4000, onFallback: (fallback) => fallbacks.push(fallback),
    });
    return { chosen, fallbacks, ms: performance.now() - began };
  } catch (error) {
    return { chosen: null, fallbacks, ms: performance.now() - began, error: describeError(error) };
  }
}

async function lostContext() {
  try {
    await setUpTfjsBackend('webgl');
    const noticed = new Promise<string>((resolve) => watchContextLoss(resolve));
    const gl = (tf.backend() as unknown as { gpgpu: { gl: WebGLRenderingContext } }).gpgpu.gl;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    const reason = await Promise.race([noticed, new Promise<string>((resolve) => setTimeout(() => resolve('not noticed within 2 s'), 2000))]);
    return { reason };
  } catch (error) {
    return { reason: `webgl unavailable: ${describeError(error)}` };
  }
}

export async function backendChecks() {
  return { missingWasm: await missingWasm(), lostContext: await lostContext() };
}
