'use client';

import { useMemo } from 'react';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useThemeColours } from '@/components/hooks/useThemeColours';
import { useTrainer } from '@/components/hooks/useTrainer';
import { useUrlState } from '@/components/hooks/useUrlState';
import { unitProfile } from '@/lib/analysis/unitProfile';
import type { Snapshot } from '@/lib/nn/session.types';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { extremes, stepsPerEpoch, trainerConfig, type ProbeDigits } from './config';
import { NeuronsControls } from './NeuronsControls';
import { NeuronsView, type ShownUnit } from './NeuronsView';
import { neuronsSchema as schema } from './state';
import { useProbeDigits } from './useProbeDigits';

const themeNames = ['--text', '--bg'] as const;

/** The unit's profile from the snapshot's probe activations, or null while there are none. */
function shownUnit(snapshot: Snapshot | null, probe: ProbeDigits | null, layer: number, unit: number): ShownUnit | null {
  const activations = snapshot?.activations?.[layer - 1];
  const units = snapshot?.weights?.[layer - 1]?.units ?? 64;
  if (!activations || !probe || activations.length !== probe.count * units) return null;
  const profile = unitProfile(activations, probe.labels, units, unit - 1, 10, extremes);
  const value = (sample: number) => activations[sample * units + unit - 1];
  return { profile, topValues: profile.top.map(value), bottomValues: profile.bottom.map(value), step: snapshot?.step ?? 0 };
}

/** Column `unit` of the layer's W (inputs × units): the unit's incoming weights. */
function incomingWeights(snapshot: Snapshot | null, layer: number, unit: number): Float32Array | null {
  const weights = snapshot?.weights?.[layer - 1];
  if (!weights || unit > weights.units) return null;
  return Float32Array.from({ length: weights.inputSize }, (_, input) => weights.weights[input * weights.units + unit - 1]);
}

/**
 * Trains the layer t-SNE demo's digit network, then profiles one hidden unit over 400
 * held-out digits: the digits that excite it most and least, its mean per class, its weights.
 */
export function Neurons({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const probe = useProbeDigits();
  const config = useMemo(() => trainerConfig(state.seed, state.engine, probe), [state.seed, state.engine, probe]);
  const trainer = useTrainer(config, true);
  const resolved = useThemeColours(themeNames);
  const colours = useMemo(() => resolved && { ink: resolved['--text'], paper: resolved['--bg'] }, [resolved]);
  const layer = Number(state.layer);
  const shown = useMemo(() => shownUnit(trainer.snapshot, probe, layer, state.unit), [trainer.snapshot, probe, layer, state.unit]);
  const weights = useMemo(() => incomingWeights(trainer.snapshot, layer, state.unit), [trainer.snapshot, layer, state.unit]);
  const atRest = trainer.status !== 'training';

  useWidgetReport({
    status: trainerStatus(trainer),
    backend: trainerBackend(trainer),
    numbers: {
      layer,
      unit: state.unit,
      // Left out while training, so that the frame does not re-render on every snapshot.
      topClass: atRest && shown && shown.profile.topClassMean > 0 ? shown.profile.topClass : null,
      topClassMean: atRest && shown ? Number(shown.profile.topClassMean.toFixed(4)) : null,
      classMeans: atRest && shown ? shown.profile.classMeans.map((value) => value.toFixed(4)).join(',') : null,
      step: atRest ? (trainer.snapshot?.step ?? 0) : null,
      validationAccuracy: atRest && trainer.snapshot?.validationAccuracy != null ? Number(trainer.snapshot.validationAccuracy.toFixed(3)) : null,
    },
  });

  return (
    <div ref={ref} className="neurons">
      <TrainControls trainer={trainer} stepSize={stepsPerEpoch} />
      <NeuronsControls state={state} update={update} />
      <NeuronsView
        layer={layer} unit={state.unit} shown={shown} inputs={probe?.inputs ?? null} labels={probe?.labels ?? null}
        weights={weights} width={width} colours={colours} placeholder={probe ? 'Not trained yet' : 'Loading the digits…'}
      />
    </div>
  );
}
