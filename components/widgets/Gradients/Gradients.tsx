'use client';

import { useMemo } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import { Toggle } from '@/components/controls/Toggle';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { GradientsView } from './GradientsView';
import { ringData } from './model';
import { readRun, reportNumbers, type AllReadings } from './readings';
import { gradientsSchema as schema } from './state';
import { useGradientRuns } from './useGradientRuns';

/** Three deep MLPs, sigmoid, tanh and ReLU, trained side by side: gradient norms per layer and losses. */
export function Gradients({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const reducedMotion = useReducedMotion();
  const data = useMemo(() => ringData(state.seed), [state.seed]);
  const { runs, controls: trainer } = useGradientRuns(state, data, reducedMotion);
  const [sigmoid, tanh, relu] = runs;
  const readings = useMemo(
    (): AllReadings => ({
      sigmoid: readRun(sigmoid.trainer.snapshot, sigmoid.first, sigmoid.losses),
      tanh: readRun(tanh.trainer.snapshot, tanh.first, tanh.losses),
      relu: readRun(relu.trainer.snapshot, relu.first, relu.losses),
    }),
    [sigmoid.trainer.snapshot, tanh.trainer.snapshot, relu.trainer.snapshot, sigmoid.first, tanh.first, relu.first, sigmoid.losses, tanh.losses, relu.losses],
  );
  const selected = runs.find((run) => run.activation === state.activation) ?? sigmoid;

  useWidgetReport({
    status: trainerStatus(trainer),
    backend: trainerBackend(trainer),
    numbers: reportNumbers(state, readings, selected.trainer.snapshot?.step ?? 0),
  });

  const controls = (
    <>
      <div className="controls">
        <Slider field={schema.depth} value={state.depth} onChange={(value) => update({ depth: value })} />
        <Select field={schema.activation} value={state.activation} onChange={(value) => update({ activation: value })} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(value) => update({ seed: value })} />
        <Select field={schema.engine} value={state.engine} onChange={(value) => update({ engine: value })} />
        <Toggle field={schema.mismatched} value={state.mismatched} onChange={(value) => update({ mismatched: value })} />
      </div>
      <TrainControls trainer={trainer} stepSize={1} />
    </>
  );
  return (
    <div ref={ref}>
      <GradientsView state={state} width={width} readings={readings} controls={controls} />
    </div>
  );
}
