'use client';

import { memo } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import type { StateOf } from '@/lib/url/schema';
import { neuronsSchema as schema } from './state';

type State = StateOf<typeof schema>;

/** Layer, unit, seed and engine (re-rendered only when they change). */
export const NeuronsControls = memo(function NeuronsControls({ state, update }: { state: State; update: (changes: Partial<State>) => void }) {
  return (
    <div className="controls">
      <Select field={schema.layer} value={state.layer} onChange={(layer) => update({ layer })} />
      <Slider field={schema.unit} value={state.unit} onChange={(unit) => update({ unit: Math.round(unit) })} format={(unit) => `${unit} of 64`} />
      <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
      <Select field={schema.engine} value={state.engine} onChange={(engine) => update({ engine })} />
    </div>
  );
});
