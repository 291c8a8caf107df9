/** Formats the core benchmark's results as a plain-text table, the targets beside the figures. */

const NET_LABELS = {
  circle: '2-4-2-1 tanh, circle',
  spiral: '2-8-8-8-1 tanh, spiral',
  digits: '64-32-10 relu, digits',
  mnist: '784-128-128-10 relu',
};
/** Throughput targets (samples/s) by net and batch. */
const THROUGHPUT_TARGETS = { 'circle/10': 3e6, 'spiral/10': 1e6, 'mnist/64': 6000 };
const GRID_TARGETS = { circle: 1.5, spiral: 5 };
const CELL_NAMES = ['typed', 'tfjs wasm', 'tfjs cpu', 'tfjs webgl'];

const cellName = (entry) => (entry.engine === 'typed' ? 'typed' : `tfjs ${entry.backend}`);
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);

/** 3,120,000 → "3.12 M"; 45,100 → "45.1 k". */
export function formatRate(value) {
  if (!Number.isFinite(value)) return '–';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k`;
  return value.toFixed(0);
}

const formatMs = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(2)) : '–');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? pad(cell, widths[column]) : padLeft(cell, widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function collectErrors(entries, errors, label) {
  for (const entry of entries) {
    if (entry.result?.error) errors.add(`${label(entry)}: ${entry.result.error}`);
  }
}

function throughputSection(results, errors) {
  const rows = [];
  const keys = [...new Set(results.browser.throughput.map((entry) => `${entry.net}/${entry.batch}`))];
  for (const key of keys) {
    const entries = results.browser.throughput.filter((entry) => `${entry.net}/${entry.batch}` === key);
    const byCell = Object.fromEntries(entries.map((entry) => [cellName(entry), entry.result?.samplesPerSecond ?? NaN]));
    const node = results.node.throughput.filter((entry) => `${entry.net}/${entry.batch}` === key);
    const nodeRate = (name) => node.find((entry) => cellName(entry) === name)?.result?.samplesPerSecond ?? NaN;
    const best = Math.max(...Object.values(byCell).filter(Number.isFinite));
    const target = THROUGHPUT_TARGETS[key];
    const batch = entries[0].result?.batch ?? entries[0].batch;
    const batchLabel = entries[0].batch === 'full' ? `full (${batch})` : String(batch);
    rows.push([
      `${NET_LABELS[entries[0].net]}, batch ${batchLabel}`,
      ...CELL_NAMES.map((name) => formatRate(byCell[name])),
      formatRate(nodeRate('typed')), formatRate(nodeRate('tfjs cpu')),
      target ? `≥ ${formatRate(target)}` : '', target ? ratio(best / target) : '',
      ratio(byCell.typed / byCell['tfjs wasm']),
    ]);
  }
  collectErrors(results.browser.throughput, errors, (entry) => `${entry.net}/${entry.batch} ${cellName(entry)}`);
  return table(['samples/s (Chromium unless marked)', ...CELL_NAMES, 'Node typed', 'Node tfjs cpu', 'target', 'best÷target', 'typed÷wasm'], rows);
}

function gridSection(results, errors) {
  const rows = ['circle', 'spiral'].map((net) => {
    const entries = results.browser.grid.filter((entry) => entry.net === net);
    const byCell = Object.fromEntries(entries.map((entry) => [cellName(entry), entry.result?.ms ?? NaN]));
    const best = Math.min(...Object.values(byCell).filter(Number.isFinite));
    return [NET_LABELS[net], ...CELL_NAMES.map((name) => formatMs(byCell[name])), `≤ ${GRID_TARGETS[net]}`, ratio(GRID_TARGETS[net] / best)];
  });
  collectErrors(results.browser.grid, errors, (entry) => `grid ${entry.net} ${cellName(entry)}`);
  return table(['100×100 grid, ms (median of 9)', ...CELL_NAMES, 'target', 'target÷best'], rows);
}

function targetSection(results) {
  const rows = [];
  for (const run of results.browser.targets) {
    const startups = run.runs.map((entry) => entry.startupMs);
    const reached = run.runs.map((entry) => entry.reachedMs ?? NaN);
    const steps = run.runs.map((entry) => entry.stepsAtTarget ?? NaN);
    const limit = run.net === 'circle' ? 200 : 1000;
    const engines = [...new Set(run.runs.map((entry) => `${entry.engine}${entry.backend ? `/${entry.backend}` : ''}`))].join(', ');
    const missed = run.runs.filter((entry) => entry.reachedMs === null).map((entry) => `best ${(entry.bestAccuracy * 100).toFixed(1)}%${entry.error ? ` (${entry.error})` : ''}`);
    const label = `${NET_LABELS[run.net]} → ${run.target * 100}%`;
    const hyper = `${run.hyper.optimiser} lr ${run.hyper.learningRate}, batch ${run.hyper.batchSize}`;
    rows.push([label, 'start-up (new Worker → ready)', formatMs(median(startups)), startups.map(formatMs).join(' / '), '', '', `${engines}; ${hyper}`]);
    rows.push(['', 'from the first step', formatMs(median(reached)), reached.map(formatMs).join(' / '), `< ${limit}`, ratio(limit / median(reached)),
      `steps ${steps.map(formatRate).join(' / ')}${missed.length ? `; missed: ${missed.join(', ')}` : ''}`]);
  }
  return table(['wall time, ms (worker, auto engine/backend)', 'phase', 'median', 'seeds 1 / 2 / 3', 'target', 'target÷median', 'notes'], rows);
}

function tsneSection(results) {
  const rows = results.browser.tsne.map((run) => [
    `${run.source}, ${run.method} (${run.points} × 64, ${run.iterations} it)`,
    run.reachedSeconds === null ? `not reached (${run.seconds.toFixed(2)} s)` : run.reachedSeconds.toFixed(2),
    run.kl.toFixed(3), run.kept.toFixed(3), '≤ 1.0 s',
  ]);
  return table(['t-SNE, perplexity 30', 'seconds to KL ≤ 0.81 with ≥ 0.34 of 10-NN kept', 'KL', '10-NN kept', 'target'], rows);
}

function checksSection({ missingWasm, lostContext }) {
  const fallbacks = missingWasm.fallbacks.map((entry) => `${entry.from} → ${entry.to} (${entry.reason})`).join('; ') || 'none';
  return [
    'Backend fall-back in the browser:',
    `  wasm binaries missing: runs on ${missingWasm.chosen ?? 'nothing'} after ${formatMs(missingWasm.ms)} ms; fall-backs: ${fallbacks}${missingWasm.error ? `; error: ${missingWasm.error}` : ''}`,
    `  WebGL context lost under webgl: ${lostContext.reason}`,
  ].join('\n');
}

/** The whole report. */
export function formatReport(results) {
  const { environment, data } = results.browser;
  const chromium = /Chrome\/([\d.]+)/.exec(environment.userAgent)?.[1] ?? environment.userAgent;
  const errors = new Set();
  const sections = [
    `Core benchmark — headless Chromium ${chromium}, ${environment.cores} cores, wasm SIMD ${environment.simd ? 'yes' : 'no'}, ` +
      `WebGL renderer: ${environment.renderer ?? 'none'}; Node ${results.node.version}; took ${results.seconds.toFixed(0)} s; ` +
      `1-min load average ${results.load.map((value) => value.toFixed(1)).join(' → ')} (other work on the machine skews the figures)`,
    `Data: ${Object.entries(data).map(([name, entry]) => `${name}: ${entry.source} (${entry.train} train / ${entry.validation} validation)`).join('; ')}`,
    `Throughput: median of 5 calls of ~150 ms (Node: 3) after 1 s of warm-up; each call's one snapshot (train and validation losses) timed apart and taken out.`,
    throughputSection(results, errors),
    gridSection(results, errors),
    targetSection(results),
    tsneSection(results),
  ];
  if (results.browser.checks) sections.push(checksSection(results.browser.checks));
  if (errors.size) sections.push(`Unavailable:\n${[...errors].map((error) => `  ${error}`).join('\n')}`);
  const consoleErrors = [...new Set(results.browser.consoleErrors ?? [])];
  if (consoleErrors.length) sections.push(`Browser console errors:\n${consoleErrors.slice(0, 10).map((error) => `  ${error}`).join('\n')}`);
  return sections.join('\n\n');
}
