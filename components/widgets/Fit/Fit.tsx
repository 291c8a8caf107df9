'use client';

import { useCallback, useMemo, useState } from 'react';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useTrainer, type TrainerConfig } from '@/components/hooks/useTrainer';
import { useUrlState } from '@/components/hooks/useUrlState';
import { classifyFit } from '@/lib/analysis/fitRegime';
import { appendAddedPoint, decodeAddedPoints, encodeAddedPoints, type AddedPoint } from '@/lib/data/addedPoints';
import { strategyConfig } from '@/lib/worker/strategy';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { fieldBox, fitData, fitHyper, fitSpec, GRID_RESOLUTION, MAX_STEPS, WATCHABLE_PACE, type FitState } from './config';
import { FitControls, PresetButtons } from './FitControls';
import { FitView } from './FitView';
import { PointField } from './PointField';
import { PointTools } from './PointTools';
import { markerOf, reportNumbers } from './readout';
import { fitSchema as schema } from './state';
import { useFitHistory } from './useFitHistory';

/**
 * The trainer's configuration. New data or a new net start a new session; a changed
 * hyper-parameter (the learning rate too) reaches the running session through
 * setHyperParameters, without a restart.
 */
function useFitTrainer(state: FitState, reducedMotion: boolean) {
  const { dataset, noise, trainShare, points, seed, layers, units, activation, engine } = state;
  const data = useMemo(() => fitData({ dataset, noise, trainShare, points, seed }), [dataset, noise, trainShare, points, seed]);
  const spec = useMemo(() => fitSpec({ layers, units, activation }), [layers, units, activation]);
  const { learningRate, batch, optimiser, loss, l2, dropout } = state;
  const hyper = useMemo(() => fitHyper({ learningRate, batch, optimiser, loss, l2, dropout }), [learningRate, batch, optimiser, loss, l2, dropout]);
  const config = useMemo<TrainerConfig>(() => ({
    spec, dataset: { kind: 'arrays', data }, hyper, seed, ...strategyConfig(engine),
    snapshot: { grid: { ...fieldBox, resolution: GRID_RESOLUTION } },
    maxSteps: MAX_STEPS,
    stepsPerSecond: reducedMotion ? undefined : WATCHABLE_PACE,
  }), [spec, data, hyper, seed, engine, reducedMotion]);
  return { data, trainer: useTrainer(config, true) };
}

/** The under/overfitting lab: data, network and training settings, the field, the curves and the verdict. */
export function Fit({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const { data, trainer } = useFitTrainer(state, useReducedMotion());
  const [clickClass, setClickClass] = useState<0 | 1>(0);
  const added = useMemo(() => decodeAddedPoints(state.points), [state.points]);
  const history = useFitHistory(trainer.snapshot);
  const verdict = useMemo(() => classifyFit(history), [history]);
  const status = trainerStatus(trainer);
  const marker = markerOf(status, verdict);
  const grid = trainer.snapshot?.grid ?? null;
  const readout = useMemo(() => ({ grid, history, verdict, marker, divergedAt: trainer.divergedAt }), [grid, history, verdict, marker, trainer.divergedAt]);
  const onAdd = useCallback((point: AddedPoint) => update({ points: appendAddedPoint(state.points, point) }), [state.points, update]);

  useWidgetReport({ status, backend: trainerBackend(trainer), numbers: reportNumbers(state, trainer.snapshot, marker, verdict, data.train.count) });
  const controls = (
    <>
      <PresetButtons update={update} />
      <FitControls state={state} update={update} />
      <TrainControls trainer={trainer} stepSize={25} />
    </>
  );
  const pointTools = (
    <PointTools
      count={added.length}
      clickClass={clickClass}
      onClickClass={setClickClass}
      onUndo={() => update({ points: encodeAddedPoints(added.slice(0, -1)) })}
      onClear={() => update({ points: '' })}
    />
  );
  return (
    <div ref={ref}>
      <FitView state={state} data={data} added={added} readout={readout} width={width} controls={controls} pointTools={pointTools} renderField={(field) => <PointField {...field} onAdd={onAdd} clickClass={clickClass} />} />
    </div>
  );
}
