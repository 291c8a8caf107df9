'use client';

import { useEffect, useRef } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import { Toggle } from '@/components/controls/Toggle';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { stepsPerEpoch } from './model';
import { RandomLabelsView } from './RandomLabelsView';
import { reportNumbers } from './readings';
import { randomLabelsSchema as schema } from './state';
import { useRandomLabelRuns } from './useRandomLabelRuns';

/**
 * Switching a regulariser starts the runs over: a run that already fitted its labels would
 * otherwise keep its curve, and the comparison the toggle asks for needs a fresh run.
 */
function useRestartOnRegularisation(dropout: boolean, weightDecay: boolean, reset: () => void): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reset();
    // reset is stable for the trainers' lifetime; only the toggles restart.
  }, [dropout, weightDecay]);
}

/**
 * Zhang et al.'s experiment, live: the same MLP on true labels, partly or fully shuffled
 * labels, and noise inputs, with training and validation accuracy per epoch.
 */
export function RandomLabels({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const { readings, controls: trainer } = useRandomLabelRuns(state, true);
  useRestartOnRegularisation(state.dropout, state.weightDecay, trainer.reset);

  useWidgetReport({
    status: trainerStatus(trainer),
    backend: trainerBackend(trainer),
    numbers: reportNumbers(state, readings),
  });

  const controls = (
    <>
      <div className="controls">
        <Select field={schema.dataset} value={state.dataset} onChange={(value) => update({ dataset: value })} />
        <Slider field={schema.trainSize} value={state.trainSize} onChange={(value) => update({ trainSize: value })} />
        <Slider field={schema.shuffled} value={state.shuffled} onChange={(value) => update({ shuffled: value })} format={(value) => `${value}%`} />
        <Toggle field={schema.dropout} value={state.dropout} onChange={(value) => update({ dropout: value })} />
        <Toggle field={schema.weightDecay} value={state.weightDecay} onChange={(value) => update({ weightDecay: value })} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(value) => update({ seed: value })} />
        <Select field={schema.engine} value={state.engine} onChange={(value) => update({ engine: value })} />
      </div>
      <TrainControls trainer={trainer} stepSize={stepsPerEpoch(state.trainSize)} />
    </>
  );
  return (
    <div ref={ref}>
      <RandomLabelsView state={state} width={width} readings={readings} controls={controls} />
    </div>
  );
}
