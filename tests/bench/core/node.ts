/**
 * The in-Node side of the core benchmark (bundled by core.mjs with vite's SSR build): the
 * same throughput measure on the typed engine and tfjs's cpu backend, for comparison with
 * Chromium, plus a quick in-process time-to-target used to check hyper-parameters.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { createSession } from '@/lib/nn/session';
import type { HyperParameters, TfjsBackend } from '@/lib/nn/session.types';
import { baseHyper, loadData, setDigitsReader, specs, type NetName } from './nets';
import { grid, throughput, type Target } from './suite';

export function configure(publicDir: string): void {
  tf.env().set('IS_TEST', true);
  setDigitsReader(async (path) => {
    const bytes = await readFile(join(publicDir, path));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
}

const setUp = async (backend: TfjsBackend) => {
  if (backend !== 'cpu' || !(await tf.setBackend('cpu'))) throw new Error(`${backend} is not available in Node`);
};

export const nodeBench = {
  throughput: (options: { net: NetName; batch: number | 'full' } & Target) => throughput(setUp, options),
  grid: (options: { net: NetName } & Target) => grid(setUp, options),
  /** Steps of `chunk` updates until validation accuracy ≥ target: in-process, no worker. */
  async timeToTarget(net: NetName, target: number, hyper: Partial<HyperParameters>, seed: number, chunk = 100, limitMs = 5000) {
    const { data } = await loadData(net, seed);
    const session = createSession({ spec: specs[net], data, hyper: { ...baseHyper, ...hyper }, seed, engine: 'typed' });
    const began = performance.now();
    let snapshot = session.snapshot();
    while ((snapshot.validationAccuracy ?? 0) < target && performance.now() - began < limitMs && snapshot.status === 'ready') {
      snapshot = session.step(chunk);
    }
    session.dispose();
    return { ms: performance.now() - began, step: snapshot.step, accuracy: snapshot.validationAccuracy };
  },
};
