/**
 * Bundles the bench with vite: the page (index.html → entry.ts, with the training worker)
 * into a temporary folder, and the Node side (node.ts) into node_modules/.cache, where its
 * bare imports (@tensorflow/tfjs) still resolve.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const benchDir = join(repoRoot, 'tests', 'bench', 'core');
const shared = {
  configFile: false,
  root: benchDir,
  logLevel: 'error',
  publicDir: false,
  resolve: { alias: [{ find: /^@\//, replacement: `${repoRoot}/` }] },
};

/** Builds the bench page into `outDir`; returns it. */
export async function buildPage(outDir) {
  await build({
    ...shared,
    base: '/',
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
    worker: { format: 'es' },
  });
  return outDir;
}

/** The folder the Node bundle goes to (inside the repository so that packages resolve). */
export const nodeBundleDir = join(repoRoot, 'node_modules', '.cache', 'core-bench');

/** Builds node.ts for Node; returns the bundle's path. */
export async function buildNodeBench() {
  await build({
    ...shared,
    build: {
      ssr: join(benchDir, 'node.ts'),
      outDir: nodeBundleDir,
      emptyOutDir: true,
      target: 'node20',
      reportCompressedSize: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'node.mjs' } },
    },
  });
  return join(nodeBundleDir, 'node.mjs');
}
