'use client';

import { memo } from 'react';
import { Select } from '@/components/controls/Select';
import { SeedControl } from '@/components/controls/SeedControl';
import { Slider } from '@/components/controls/Slider';
import { presets, type FitState, type PresetName } from './config';
import { fitSchema as schema } from './state';

interface Props {
  state: FitState;
  update: (changes: Partial<FitState>) => void;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const rate = (value: number) => (value >= 0.001 ? String(Number(value.toPrecision(2))) : value.toExponential(0).replace('e-', 'e−'));

/** The presets, one button each: every value of a preset goes into the URL at once. */
export function PresetButtons({ update }: Pick<Props, 'update'>) {
  return (
    <div className="fit-presets" role="group" aria-label="Presets">
      <span className="fit-presets-label">Presets:</span>
      {(Object.keys(presets) as PresetName[]).map((name) => (
        <button key={name} type="button" onClick={() => update(presets[name].values)}>
          {presets[name].label}
        </button>
      ))}
    </div>
  );
}

/** Every setting of the lab, in three groups: the data, the network, and how it trains. */
export const FitControls = memo(function FitControls({ state, update }: Props) {
  return (
    <div className="fit-controls">
      <fieldset className="controls">
        <legend>Data</legend>
        <Select field={schema.dataset} value={state.dataset} onChange={(dataset) => update({ dataset })} />
        <Slider field={schema.noise} value={state.noise} onChange={(noise) => update({ noise })} />
        <Slider field={schema.trainShare} value={state.trainShare} onChange={(trainShare) => update({ trainShare })} format={percent} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
      </fieldset>
      <fieldset className="controls">
        <legend>Network</legend>
        <Slider field={schema.layers} value={state.layers} onChange={(layers) => update({ layers })} format={(layers) => (layers === 0 ? '0 (linear)' : String(layers))} />
        <Slider field={schema.units} value={state.units} onChange={(units) => update({ units })} />
        <Select field={schema.activation} value={state.activation} onChange={(activation) => update({ activation })} />
      </fieldset>
      <fieldset className="controls">
        <legend>Training (changes apply during a run)</legend>
        <Slider field={schema.learningRate} value={state.learningRate} onChange={(learningRate) => update({ learningRate })} format={rate} />
        <Select field={schema.batch} value={state.batch} onChange={(batch) => update({ batch })} />
        <Select field={schema.optimiser} value={state.optimiser} onChange={(optimiser) => update({ optimiser })} />
        <Select field={schema.loss} value={state.loss} onChange={(loss) => update({ loss })} />
        <Select field={schema.l2} value={state.l2} onChange={(l2) => update({ l2 })} />
        <Slider field={schema.dropout} value={state.dropout} onChange={(dropout) => update({ dropout })} format={percent} />
        <Select field={schema.engine} value={state.engine} onChange={(engine) => update({ engine })} />
      </fieldset>
    </div>
  );
});
