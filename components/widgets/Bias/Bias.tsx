'use client';

import { useMemo, useRef } from 'react';
import { Select } from '@/components/controls/Select';
import { SeedControl } from '@/components/controls/SeedControl';
import { Slider } from '@/components/controls/Slider';
import { Toggle } from '@/components/controls/Toggle';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useTrainer, type TrainerConfig } from '@/components/hooks/useTrainer';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { strategyConfig } from '@/lib/worker/strategy';
import { BiasView } from './BiasView';
import { useCombinedTrainer } from '@/components/hooks/useCombinedTrainer';
import { greyImageSource, hyper, MAX_STEPS, networkSpec, originProbe, planeData, planeGrid, probeImages } from './config';
import { reportNumbers, type BiasState } from './readout';
import { biasSchema as schema } from './state';
import { useDisplayedSnapshot } from './useDisplayedSnapshot';
import { useLossHistory } from './useLossHistory';

/** The two trainers' configurations: the grey images (panel 1) and the two-pixel images (panel 2). */
function useConfigs(state: BiasState) {
  const { side, depth, activation, on, seed, engine } = state;
  const probe = useMemo(() => probeImages(side), [side]);
  const plane = useMemo(() => planeData(seed), [seed]);
  const image = useMemo<TrainerConfig>(() => ({
    spec: networkSpec(side * side, depth, activation, on), dataset: greyImageSource(side, seed), hyper, seed,
    snapshot: { probe: { inputs: probe, count: 4 } }, maxSteps: MAX_STEPS, ...strategyConfig(engine),
  }), [side, depth, activation, on, seed, engine, probe]);
  const field = useMemo<TrainerConfig>(() => ({
    spec: networkSpec(2, depth, activation, on), dataset: { kind: 'arrays', data: plane }, hyper, seed,
    snapshot: { probe: { inputs: originProbe, count: 1 }, grid: { ...planeGrid } }, maxSteps: MAX_STEPS, ...strategyConfig(engine),
  }), [depth, activation, on, seed, engine, plane]);
  const points = useMemo(() => Array.from(plane.train.labels, (label, index) => ({ x: plane.train.inputs[2 * index], y: plane.train.inputs[2 * index + 1], label })), [plane]);
  return { image, field, points };
}

/** Biases on or off, an activation, and a Train button: the post's black-vs-white classifier, live. */
export function Bias({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const configs = useConfigs(state);
  const imageTrainer = useTrainer(configs.image, true);
  const fieldTrainer = useTrainer(configs.field, true);
  const trainer = useCombinedTrainer(imageTrainer, fieldTrainer);
  const reduced = useReducedMotion();
  const imageSnapshot = useDisplayedSnapshot(imageTrainer.snapshot, imageTrainer.status === 'training', reduced);
  const fieldSnapshot = useDisplayedSnapshot(fieldTrainer.snapshot, fieldTrainer.status === 'training', reduced);
  // Every snapshot adds to the loss curve; the curve is drawn up to the displayed step.
  const allLosses = useLossHistory(imageTrainer.snapshot);
  const shownStep = imageSnapshot?.step ?? 0;
  // Keyed on the last point that is shown, so frames in between keep the same array.
  const lastShown = [...allLosses].reverse().find((point) => point.step <= shownStep);
  const losses = useRef(allLosses);
  losses.current = allLosses;
  const history = useMemo(() => losses.current.filter((point) => point.step <= (lastShown?.step ?? -1)), [lastShown]);
  const activations = imageSnapshot?.activations ?? null;
  // Stable between displayed snapshots, so the memoised view skips the frames in between.
  const image = useMemo(() => ({ activations, accuracy: imageSnapshot?.trainAccuracy ?? null, loss: imageSnapshot?.trainLoss ?? null, history }), [imageSnapshot, activations, history]);
  const origin = fieldSnapshot?.activations?.at(-1)?.[0] ?? null;
  const plane = useMemo(() => ({ grid: fieldSnapshot?.grid ?? null, accuracy: fieldSnapshot?.trainAccuracy ?? null, originLogit: origin }), [fieldSnapshot, origin]);
  useWidgetReport({
    status: trainerStatus(trainer),
    backend: trainerBackend(imageTrainer),
    numbers: reportNumbers(state, imageSnapshot, fieldSnapshot),
  });
  return (
    <div ref={ref}>
      <div className="controls">
        <Toggle field={schema.on} value={state.on} onChange={(on) => update({ on })} />
        <Select field={schema.activation} value={state.activation} onChange={(activation) => update({ activation })} />
        <Slider field={schema.depth} value={state.depth} onChange={(depth) => update({ depth })} />
        <Slider field={schema.side} value={state.side} onChange={(side) => update({ side })} format={(side) => `${side}×${side}`} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
        <Select field={schema.engine} value={state.engine} onChange={(engine) => update({ engine })} />
      </div>
      <TrainControls trainer={{ ...trainer, snapshot: imageSnapshot }} stepSize={10} />
      <BiasView state={state} width={width} points={configs.points} image={image} plane={plane} />
    </div>
  );
}
