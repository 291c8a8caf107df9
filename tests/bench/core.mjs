#!/usr/bin/env node
/**
 * The core benchmark: training throughput per engine and tfjs backend, wall time to a
 * target accuracy through the real worker, the decision-grid evaluation and t-SNE, in
 * headless Debian Chromium (and a few figures in Node), printed as a table with the targets.
 *
 * `runCoreBench()` is what tests/bench/run.mjs calls; `node tests/bench/core.mjs` runs it alone.
 * It prints; it never fails on a target (exit 0 unless something crashes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildNodeBench, buildPage, nodeBundleDir, repoRoot } from './core/build.mjs';
import { openBrowserPage, openFreshPage, serve } from './core/serve.mjs';
import { formatReport } from './core/report.mjs';

const CELLS = [
  { engine: 'typed' }, { engine: 'tfjs', backend: 'wasm' }, { engine: 'tfjs', backend: 'cpu' }, { engine: 'tfjs', backend: 'webgl' },
];
const ROWS = [
  { net: 'circle', batch: 10 }, { net: 'circle', batch: 'full' },
  { net: 'spiral', batch: 10 }, { net: 'spiral', batch: 'full' },
  { net: 'digits', batch: 10 }, { net: 'digits', batch: 'full' },
  { net: 'mnist', batch: 64 },
];
/** The time-to-target runs: Adam at batch 10, the rate that worked best of 0.01 / 0.03 / 0.1. */
export const TARGET_RUNS = [
  { net: 'circle', target: 0.98, limitMs: 5000, hyper: { optimiser: 'adam', learningRate: 0.03, batchSize: 10 } },
  { net: 'spiral', target: 0.95, limitMs: 10000, hyper: { optimiser: 'adam', learningRate: 0.01, batchSize: 10 } },
];
const SEEDS = [1, 2, 3];

const started = Date.now();
const progress = (text) => process.stderr.write(`[core bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);

/** Throughput per engine and backend, the decision grid, and time to target accuracy. */
async function measureTraining(call, results) {
  for (const row of ROWS) {
    for (const cell of CELLS) {
      progress(`throughput ${row.net} batch ${row.batch} on ${cell.backend ?? cell.engine}`);
      results.throughput.push({ ...row, ...cell, result: await call('throughput', { ...row, ...cell }) });
    }
  }
  for (const net of ['circle', 'spiral']) {
    for (const cell of CELLS) {
      progress(`grid ${net} on ${cell.backend ?? cell.engine}`);
      results.grid.push({ net, ...cell, result: await call('grid', { net, ...cell }) });
    }
  }
  for (const run of TARGET_RUNS) {
    progress(`time to ${run.target * 100}% on ${run.net} (worker, ${SEEDS.length} seeds)`);
    const runs = await call('timeToTarget', { ...run, seeds: SEEDS, engine: 'auto', backend: 'auto' });
    results.targets.push({ ...run, runs });
  }
}

async function measureBrowser(page) {
  const call = (method, argument) =>
    page.evaluate(([name, value]) => globalThis.coreBench[name](value), [method, argument]);
  const results = { environment: await call('environment'), data: await call('describeData'), throughput: [], grid: [], targets: [], tsne: [] };
  // CORE_BENCH_ONLY=tsne measures t-SNE alone (a minute instead of five).
  if (process.env.CORE_BENCH_ONLY !== 'tsne') await measureTraining(call, results);
  for (const [data, method] of [['clusters', 'exact'], ['clusters', 'barnesHut'], ['digits', 'exact']]) {
    progress(`t-SNE ${method} on ${data}`);
    results.tsne.push(await call('tsne', { data, method, count: 1000, targetKl: 0.81, targetKept: 0.34, maxIterations: 1000, maxSeconds: 6 }));
  }
  return results;
}

async function measureNode(bundle) {
  const { configure, nodeBench } = await import(pathToFileURL(bundle).href);
  configure(join(repoRoot, 'public'));
  const results = { version: process.version, throughput: [] };
  for (const row of ROWS.filter((candidate) => candidate.batch !== 'full')) {
    for (const cell of [{ engine: 'typed' }, { engine: 'tfjs', backend: 'cpu' }]) {
      progress(`node throughput ${row.net} batch ${row.batch} on ${cell.backend ?? cell.engine}`);
      results.throughput.push({ ...row, ...cell, result: await nodeBench.throughput({ ...row, ...cell, repeats: 3 }) });
    }
  }
  return results;
}

/**
 * Builds the bench page and the Node bundle, measures, prints the table (unless `print` is
 * false) and returns `{ text, results }`.
 */
export async function runCoreBench({ print = true } = {}) {
  const began = Date.now();
  const loadBefore = loadavg()[0];
  const work = mkdtempSync(join(tmpdir(), 'core-bench-'));
  let server = null;
  let browser = null;
  try {
    progress('building the bench page and the Node bundle with vite');
    const pageDir = await buildPage(join(work, 'page'));
    const nodeBundle = await buildNodeBench();
    server = await serve(pageDir);
    const opened = await openBrowserPage(server.url);
    browser = opened.browser;
    const browserResults = await measureBrowser(opened.page);
    browserResults.consoleErrors = opened.consoleErrors;
    progress('backend fall-back checks (fresh page)');
    const fresh = await openFreshPage(opened.browser, server.url);
    browserResults.checks = await fresh.evaluate(() => globalThis.coreBench.backendChecks());
    await browser.close();
    browser = null;
    const nodeResults = await measureNode(nodeBundle);
    const results = {
      browser: browserResults, node: nodeResults, seconds: (Date.now() - began) / 1000,
      load: [loadBefore, loadavg()[0]],
    };
    const text = formatReport(results);
    if (print) process.stdout.write(`${text}\n`);
    return { text, results };
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(nodeBundleDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runCoreBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
