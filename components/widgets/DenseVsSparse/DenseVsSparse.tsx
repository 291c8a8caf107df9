'use client';

import { useEffect, useId } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { useBenchWorker, type BenchWorker } from '@/components/hooks/useBenchWorker';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useUrlState } from '@/components/hooks/useUrlState';
import { findCrossover } from '@/lib/analysis/sparseTiming';
import type { LibraryChoice } from '@/lib/worker/benchProtocol';
import type { WidgetProps } from '../loaders';
import { formatPercent } from '../format';
import { useWidgetReport, type WidgetStatus } from '../report';
import { DenseVsSparseView } from './DenseVsSparseView';
import { denseVsSparseSchema as schema } from './state';

const statuses: Record<string, WidgetStatus> = { idle: 'idle', running: 'training', done: 'done', error: 'error' };

/** The status line: where the timing runs, on what, and what fell back or failed. */
export function benchStatusText(bench: Pick<BenchWorker, 'status' | 'error' | 'library' | 'libraryError'>, library: LibraryChoice): string {
  if (bench.status === 'error') return `The timing failed: ${bench.error ?? 'unknown error'}.`;
  const tfjs = library === 'off' ? '' : bench.library ? `, and tfjs matMul on ${bench.library.backend}` : ', and tfjs matMul';
  const lead = bench.status === 'done' ? 'Measured on this device just now' : bench.status === 'running' ? 'Measuring on this device now' : 'Press Measure to time them on this device';
  const fallbacks = bench.library?.fallbacks.length ? ` (${bench.library.fallbacks.join('; ')})` : '';
  const failed = bench.libraryError ? ` tfjs matMul could not run here (${bench.libraryError}), so only typed arrays and CSR were timed.` : '';
  return `${lead}, in a Web Worker: JavaScript typed arrays (Float32Array), CSR${tfjs}${fallbacks}.${failed}`;
}

/** Crossover sparsity for the frame's data-*: a number, 'none', or null before the end. */
const crossoverNumber = (finished: boolean, value: number | null) => (finished ? (value === null ? 'none' : Number(value.toFixed(4))) : null);

/** Times dense (typed arrays, tfjs matMul) and CSR products of one layer on the reader's device, in a worker, over sparsity. */
export function DenseVsSparse({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const progressId = useId();
  const bench = useBenchWorker();
  const size = Number(state.size);
  const library = state.library as LibraryChoice;
  const { reset } = bench;
  // Results belong to one size, seed and library: a change forgets them.
  useEffect(() => reset(), [size, state.seed, library, reset]);
  const finished = bench.status === 'done';
  const crossovers = {
    best: finished ? findCrossover(bench.points) : null,
    typed: finished ? findCrossover(bench.points, (point) => point.denseNs) : null,
    library: finished && bench.library ? findCrossover(bench.points, (point) => point.libraryNs ?? Number.NaN) : null,
  };
  useWidgetReport({
    status: statuses[bench.status],
    backend: bench.library?.backend ?? 'typed',
    numbers: {
      crossoverSparsity: crossoverNumber(finished, crossovers.best),
      crossoverTyped: crossoverNumber(finished, crossovers.typed),
      crossoverLibrary: crossoverNumber(finished && bench.library !== null, crossovers.library),
      size,
      seed: state.seed,
      progress: Number(bench.progress.toFixed(3)),
      levels: bench.points.length,
    },
  });
  const running = bench.status === 'running';
  return (
    <div ref={ref}>
      <div className="controls">
        <Select field={schema.size} value={state.size} onChange={(value) => update({ size: value })} />
        <Select field={schema.library} value={state.library} onChange={(value) => update({ library: value })} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
      </div>
      <div className="dvs-run">
        <button type="button" className="button-primary" onClick={() => (running ? bench.reset() : bench.start(size, state.seed, library))}>
          {running ? 'Stop' : finished ? 'Measure again' : 'Measure'}
        </button>
        <label htmlFor={progressId} className="dvs-progress">
          Progress <progress id={progressId} max={1} value={bench.progress} /> <span>{formatPercent(bench.progress)}</span>
        </label>
        <p className="dvs-status" role="status">{benchStatusText(bench, library)}</p>
      </div>
      <DenseVsSparseView size={size} points={bench.points} crossovers={crossovers} library={bench.library?.backend ?? null} finished={finished} width={width} />
    </div>
  );
}
