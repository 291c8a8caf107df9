#!/usr/bin/env node
/**
 * Copies the tfjs wasm binaries into public/tfjs/ (git-ignored), where the worker's
 * setWasmPaths('/tfjs/') finds them. Run before `next build` and `next dev`.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
const target = join(root, 'public', 'tfjs');

const binaries = readdirSync(source).filter((name) => name.endsWith('.wasm'));
if (binaries.length === 0) {
  console.error(`copy-tfjs-wasm: no .wasm files in ${source}`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const name of binaries) copyFileSync(join(source, name), join(target, name));
console.log(`copy-tfjs-wasm: ${binaries.join(', ')} → public/tfjs/`);
