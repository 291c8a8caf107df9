/**
 * The bench page: exposes `window.coreBench`, whose methods core.mjs calls one by one through
 * Playwright. Throughput, grid and t-SNE run on the page's main thread, so each figure is the
 * core's own cost; the time-to-target runs go through the real training worker.
 */
import type { HyperParameters, TfjsBackend } from '@/lib/nn/session.types';
import type { BackendPreference, EngineChoice } from '@/lib/worker/protocol';
import { detectRenderer, setUpTfjsBackend } from '@/lib/worker/tfjsBackend';
import { backendChecks } from './checks';
import { baseHyper, loadData, specs, type NetName } from './nets';
import { grid, throughput, type Target } from './suite';
import { runTsne } from './tsne';
import { runToTarget } from './workerRun';

const setUp = (backend: TfjsBackend) => setUpTfjsBackend(backend, '/tfjs/');

async function timeToTarget(options: {
  net: 'circle' | 'spiral'; target: number; hyper: Partial<HyperParameters>; seeds: number[];
  engine: EngineChoice; backend: BackendPreference; limitMs: number;
}) {
  const runs = [];
  for (const seed of options.seeds) {
    runs.push(await runToTarget({
      spec: specs[options.net], generator: options.net, params: { count: 500, noise: 0, validationFraction: 0.5 },
      hyper: { ...baseHyper, ...options.hyper }, seed, target: options.target, engine: options.engine,
      backend: options.backend, limitMs: options.limitMs,
    }));
  }
  return runs;
}

/** The same wasm SIMD probe tfjs uses (flags_wasm.ts). */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15, 26, 11]);

function environment() {
  return {
    userAgent: navigator.userAgent, cores: navigator.hardwareConcurrency, renderer: detectRenderer(),
    simd: WebAssembly.validate(SIMD_PROBE), crossOriginIsolated: globalThis.crossOriginIsolated ?? false,
  };
}

async function describeData() {
  const names: NetName[] = ['circle', 'spiral', 'digits', 'mnist'];
  const entries = await Promise.all(names.map(async (name) => {
    const { data, source } = await loadData(name);
    return [name, { source, train: data.train.count, validation: data.validation.count }] as const;
  }));
  return Object.fromEntries(entries);
}

const coreBench = {
  environment,
  describeData,
  throughput: (options: { net: NetName; batch: number | 'full' } & Target) => throughput(setUp, options),
  grid: (options: { net: NetName } & Target) => grid(setUp, options),
  timeToTarget,
  tsne: runTsne,
  backendChecks,
};
(globalThis as unknown as { coreBench: typeof coreBench }).coreBench = coreBench;
document.title = 'core bench ready';
