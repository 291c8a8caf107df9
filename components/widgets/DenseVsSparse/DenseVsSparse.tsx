'use client';

import { useEffect, useId } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { useBenchWorker } from '@/components/hooks/useBenchWorker';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useUrlState } from '@/components/hooks/useUrlState';
import { findCrossover } from '@/lib/analysis/sparseTiming';
import type { WidgetProps } from '../loaders';
import { formatPercent } from '../format';
import { useWidgetReport, type WidgetStatus } from '../report';
import { DenseVsSparseView } from './DenseVsSparseView';
import { denseVsSparseSchema as schema } from './state';

const statuses: Record<string, WidgetStatus> = { idle: 'idle', running: 'training', done: 'done', error: 'error' };

/** Times dense and CSR products of one layer on the reader's device, in a worker, over sparsity. */
export function DenseVsSparse({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const progressId = useId();
  const bench = useBenchWorker();
  const size = Number(state.size);
  const { reset } = bench;
  // Results belong to one size and seed: a change forgets them.
  useEffect(() => reset(), [size, state.seed, reset]);
  const finished = bench.status === 'done';
  const crossover = finished ? findCrossover(bench.points) : null;
  useWidgetReport({
    status: statuses[bench.status],
    backend: 'typed',
    numbers: {
      crossoverSparsity: finished ? (crossover === null ? 'none' : Number(crossover.toFixed(4))) : null,
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
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
      </div>
      <div className="dvs-run">
        <button type="button" className="button-primary" onClick={() => (running ? bench.reset() : bench.start(size, state.seed))}>
          {running ? 'Stop' : finished ? 'Measure again' : 'Measure'}
        </button>
        <label htmlFor={progressId} className="dvs-progress">
          Progress <progress id={progressId} max={1} value={bench.progress} /> <span>{formatPercent(bench.progress)}</span>
        </label>
        <p className="dvs-status" role="status">
          {bench.status === 'error'
            ? `The timing failed: ${bench.error ?? 'unknown error'}.`
            : `${finished ? 'Measured on this device just now' : running ? 'Measuring on this device now' : 'Press Measure to time both on this device'}, in a Web Worker, with JavaScript typed arrays (Float32Array).`}
        </p>
      </div>
      <DenseVsSparseView size={size} points={bench.points} crossover={crossover} finished={finished} width={width} />
    </div>
  );
}
