'use client';

import { useId, useMemo } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useUrlState } from '@/components/hooks/useUrlState';
import { buildTraces, tauAtHalf } from '@/lib/analysis/sortingTraces';
import type { WidgetProps } from '../loaders';
import { formatPercent } from '../format';
import { useWidgetReport, type WidgetStatus } from '../report';
import { SortingView } from './SortingView';
import { sortingSchema as schema } from './state';
import { useSortRace } from './useSortRace';

const round = (value: number) => Number(value.toFixed(4));

/** A comparison sort and an LSD radix sort race on the same seeded shuffle; nothing trains here. */
export function Sorting({ id }: WidgetProps) {
  const [state, update, resetState] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const reduced = useReducedMotion();
  const seekId = useId();
  const traces = useMemo(() => buildTraces(state.size, state.seed, state.comparison, Number(state.base)), [state.size, state.seed, state.comparison, state.base]);
  const race = useSortRace({ traces, pace: state.pace, speed: state.speed, reduced });
  const { steps } = race;
  const sorted = { comparison: steps.comparison >= traces.comparison.indices.length, radix: steps.radix >= traces.radix.indices.length };
  const status: WidgetStatus = race.finished ? 'done' : race.playing ? 'training' : race.clock === 0 ? 'idle' : 'paused';
  useWidgetReport({
    status,
    backend: 'none',
    numbers: {
      steps: steps.comparison + steps.radix,
      stepsComparison: steps.comparison,
      stepsRadix: steps.radix,
      totalComparison: traces.comparison.indices.length,
      totalRadix: traces.radix.indices.length,
      tauComparison: round(traces.comparison.tau[steps.comparison]),
      tauRadix: round(traces.radix.tau[steps.radix]),
      halfComparison: round(tauAtHalf(traces.comparison)),
      halfRadix: round(tauAtHalf(traces.radix)),
      sorted: sorted.comparison && sorted.radix ? 'both' : sorted.comparison ? 'comparison' : sorted.radix ? 'radix' : null,
      comparison: state.comparison,
      base: Number(state.base),
      pace: state.pace,
      size: state.size,
      seed: state.seed,
    },
  });
  const playLabel = race.playing ? 'Pause' : race.finished ? 'Play again' : race.clock > 0 ? 'Resume' : 'Play';
  return (
    <div ref={ref}>
      <div className="controls">
        <Select field={schema.comparison} value={state.comparison} onChange={(comparison) => update({ comparison })} />
        <Select field={schema.base} value={state.base} onChange={(base) => update({ base })} />
        <Slider field={schema.size} value={state.size} onChange={(size) => update({ size })} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
        <Select field={schema.pace} value={state.pace} onChange={(pace) => update({ pace })} />
        <Slider field={schema.speed} value={state.speed} onChange={(speed) => update({ speed })} format={(value) => `${Math.round(value)} writes/s`} />
      </div>
      <div className="sorting-buttons">
        <button type="button" className="button-primary" onClick={race.playing ? race.pause : race.play}>
          {playLabel}
        </button>
        <button type="button" onClick={race.step} disabled={race.finished}>
          Step
        </button>
        <button type="button" onClick={race.reset} disabled={race.clock === 0}>
          Reset
        </button>
        <button type="button" onClick={resetState}>
          Default settings
        </button>
        <p className="sorting-status" role="status">
          {race.finished ? 'Both sorted.' : reduced ? 'Reduced motion: Play shows the end; Step goes one write at a time.' : 'Each step is one write into the array.'}
        </p>
      </div>
      <div className="control sorting-seek">
        <label htmlFor={seekId}>
          Position: <output htmlFor={seekId}>{formatPercent(race.longest === 0 ? 1 : race.clock / race.longest)}</output>
        </label>
        <input id={seekId} type="range" min={0} max={race.longest} step={1} value={race.clock} aria-valuetext={`${race.clock} of ${race.longest} writes`} onChange={(event) => race.seek(Number(event.currentTarget.value))} />
      </div>
      <SortingView state={state} race={{ traces, steps }} width={width} />
    </div>
  );
}
