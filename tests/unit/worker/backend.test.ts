import { describe, expect, it, vi } from 'vitest';
import {
  backendCandidates,
  candidatesAfterLoss,
  classifyRenderer,
  mayUseGpu,
  selectBackend,
  withTimeout,
  type BackendFallback,
} from '@/lib/worker/backend';
import type { TfjsBackend } from '@/lib/nn/session.types';

const small = { multiplyAdds: 18, samplesPerStep: 10, flopsPerStep: 1080 };
const large = { multiplyAdds: 118_016, samplesPerStep: 64, flopsPerStep: 4.5e7 };

describe('classifyRenderer(renderer)', () => {
  it('tells software rasterisers from real GPUs', () => {
    expect(classifyRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe('software');
    expect(classifyRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(classifyRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe('hardware');
    expect(classifyRenderer('Apple M2')).toBe('hardware');
    expect(classifyRenderer(null)).toBe('none');
    expect(classifyRenderer('')).toBe('none');
  });
});

describe('backendCandidates(preference, gpu, workload)', () => {
  it("'auto' prefers wasm then cpu, and webgl only on a real GPU with large work", () => {
    expect(backendCandidates('auto', 'none', large)).toEqual(['wasm', 'cpu']);
    expect(backendCandidates('auto', 'software', large)).toEqual(['wasm', 'cpu']);
    expect(backendCandidates('auto', 'hardware', small)).toEqual(['wasm', 'cpu']);
    expect(backendCandidates('auto', 'hardware', large)).toEqual(['webgl', 'wasm', 'cpu']);
  });

  it('an explicit choice comes first and falls back webgl → wasm → cpu', () => {
    expect(backendCandidates('webgl', 'software', small)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendCandidates('wasm', 'hardware', large)).toEqual(['wasm', 'cpu']);
    expect(backendCandidates('cpu', 'hardware', large)).toEqual(['cpu']);
  });

  it('probes the GPU only when webgl could be chosen', () => {
    expect(mayUseGpu('auto', small)).toBe(false);
    expect(mayUseGpu('auto', large)).toBe(true);
    expect(mayUseGpu('webgl', small)).toBe(true);
    expect(mayUseGpu('cpu', large)).toBe(false);
  });

  it('after a lost backend the rest of the order remains', () => {
    expect(candidatesAfterLoss('webgl')).toEqual(['wasm', 'cpu']);
    expect(candidatesAfterLoss('cpu')).toEqual([]);
  });
});

describe('selectBackend(candidates, options)', () => {
  it('returns the first that sets up, without fall-backs', async () => {
    const onFallback = vi.fn();
    const attempt = vi.fn(async () => {});
    await expect(selectBackend(['wasm', 'cpu'], { attempt, onFallback })).resolves.toBe('wasm');
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('falls back on a rejection, a throw or a timeout, reporting from, to and reason', async () => {
    const fallbacks: BackendFallback[] = [];
    const abandoned: TfjsBackend[] = [];
    const attempt = async (backend: TfjsBackend) => {
      if (backend === 'webgl') throw new Error('no WebGL context');
      if (backend === 'wasm') return new Promise<void>(() => {});
    };
    const chosen = await selectBackend(['webgl', 'wasm', 'cpu'], {
      attempt, timeoutMs: 20, onFallback: (fallback) => fallbacks.push(fallback), abandon: (backend) => abandoned.push(backend),
    });
    expect(chosen).toBe('cpu');
    expect(fallbacks).toEqual([
      { from: 'webgl', to: 'wasm', reason: 'no WebGL context' },
      { from: 'wasm', to: 'cpu', reason: 'wasm set-up timed out after 20 ms' },
    ]);
    expect(abandoned).toEqual(['webgl', 'wasm']);
  });

  it('rejects with every reason when nothing works', async () => {
    const attempt = async (backend: TfjsBackend) => { throw new Error(`${backend} broke`); };
    await expect(selectBackend(['wasm', 'cpu'], { attempt })).rejects.toThrow('wasm: wasm broke; cpu: cpu broke');
  });

  it('withTimeout passes values and errors through in time', async () => {
    await expect(withTimeout(Promise.resolve(3), 50, 'x')).resolves.toBe(3);
    await expect(withTimeout(Promise.reject(new Error('no')), 50, 'x')).rejects.toThrow('no');
  });
});
