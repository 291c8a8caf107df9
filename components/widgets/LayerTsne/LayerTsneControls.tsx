'use client';

import { memo, useId } from 'react';
import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import { Toggle } from '@/components/controls/Toggle';
import type { StateOf } from '@/lib/url/schema';
import { checkpointEpochs, type CheckpointEpoch } from './config';
import { layerTsneSchema as schema } from './state';

type State = StateOf<typeof schema>;

interface Props {
  state: State;
  update: (changes: Partial<State>) => void;
  /** The epochs whose checkpoint exists already (the others are still to be trained), comma-separated. */
  recordedEpochs: string;
}

/** A range input over the checkpoints (untrained, 1, 3, 10 epochs), read out by name. */
function CheckpointSlider({ value, onChange, recordedEpochs }: { value: CheckpointEpoch; onChange: (epoch: CheckpointEpoch) => void; recordedEpochs: string }) {
  const id = useId();
  const field = schema.epoch;
  const name = (epoch: CheckpointEpoch) => field.optionLabels[epoch] ?? epoch;
  const pending = recordedEpochs.split(',').includes(value) ? '' : ' (not trained yet)';
  return (
    <div className="control">
      <label htmlFor={id}>
        {field.label}: <output htmlFor={id}>{name(value)}{pending}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={checkpointEpochs.length - 1}
        step={1}
        value={checkpointEpochs.indexOf(value)}
        aria-valuetext={`${name(value)}${pending}`}
        onChange={(event) => onChange(checkpointEpochs[Number(event.currentTarget.value)] ?? '10')}
      />
    </div>
  );
}

/** The demo's own controls: checkpoint, method, comparison, perplexity and seed (re-rendered only when they change). */
export const LayerTsneControls = memo(function LayerTsneControls({ state, update, recordedEpochs }: Props) {
  return (
    <div className="controls">
      <CheckpointSlider value={state.epoch} onChange={(epoch) => update({ epoch })} recordedEpochs={recordedEpochs} />
      {state.pca ? null : (
        <Slider field={schema.perplexity} value={state.perplexity} onChange={(perplexity) => update({ perplexity: Math.round(perplexity) })} />
      )}
      <Toggle field={schema.pca} value={state.pca} onChange={(pca) => update({ pca })} />
      <Toggle field={schema.compare} value={state.compare} onChange={(compare) => update({ compare })} />
      <button type="button" onClick={() => update({ seed: (state.seed % schema.seed.max) + 1 })}>
        New weights (seed {state.seed})
      </button>
      <Select field={schema.engine} value={state.engine} onChange={(engine) => update({ engine })} />
    </div>
  );
});
