import { defineSchema } from '@/lib/url/schema';

/** The reader's choices in the dense-vs-sparse timing, as the URL keeps them. */
export const denseVsSparseSchema = defineSchema({
  size: {
    kind: 'choice',
    label: 'Layer size',
    options: ['64', '128', '256', '512', '1024'],
    optionLabels: { '64': '64 → 64 units', '128': '128 → 128 units', '256': '256 → 256 units', '512': '512 → 512 units', '1024': '1,024 → 1,024 units' },
    default: '512',
  },
  library: {
    kind: 'choice',
    label: 'Dense by a library',
    options: ['auto', 'wasm', 'webgl', 'cpu', 'off'],
    optionLabels: {
      auto: 'tfjs matMul, backend chosen for you',
      wasm: 'tfjs matMul on WebAssembly',
      webgl: 'tfjs matMul on WebGL (GPU)',
      cpu: 'tfjs matMul on plain JS (cpu)',
      off: 'None: typed arrays and CSR only',
    },
    default: 'auto',
  },
  seed: { kind: 'number', label: 'Seed (where the zeros fall)', default: 1, min: 1, max: 9999, step: 1 },
});
