'use client';

import { useMemo } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useTrainer, type TrainerConfig } from '@/components/hooks/useTrainer';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { strategyConfig } from '@/lib/worker/strategy';
import { CollapseView } from './CollapseView';
import { factorise } from './factorisation';
import { checkCollapse, circleData, collapseHyper, collapseSpec, probeInputs, snapshotRequest } from './model';
import { collapseSchema as schema } from './state';

/** Updates per second while the reader watches; with reduced motion, training runs unpaced. */
const WATCHABLE_PACE = 500;
const MAX_STEPS = 2500;

/** Stack linear (or nonlinear) layers, train on the circle, and multiply the trained matrices into one. */
export function Collapse({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const reducedMotion = useReducedMotion();
  const data = useMemo(() => circleData(state.seed), [state.seed]);
  const probe = useMemo(() => probeInputs(data), [data]);
  const { layers, width: units, activation, seed, engine } = state;
  const config = useMemo<TrainerConfig>(() => ({
    spec: collapseSpec({ layers, width: units, activation }),
    dataset: { kind: 'arrays', data },
    hyper: collapseHyper,
    seed,
    ...strategyConfig(engine),
    snapshot: snapshotRequest(probe),
    maxSteps: MAX_STEPS,
    stepsPerSecond: reducedMotion ? undefined : WATCHABLE_PACE,
  }), [layers, units, activation, seed, engine, data, probe, reducedMotion]);
  const trainer = useTrainer(config, true);
  const check = useMemo(() => checkCollapse(trainer.snapshot, probe), [trainer.snapshot, probe]);
  const { n, m, k } = state;
  const factorisation = useMemo(() => factorise(n, k, m, seed), [n, k, m, seed]);

  useWidgetReport({
    status: trainerStatus(trainer),
    backend: trainerBackend(trainer),
    numbers: {
      activation, layers, step: trainer.snapshot?.step ?? 0,
      accuracy: trainer.snapshot?.validationAccuracy ?? null,
      maxCollapseError: check?.maxError ?? null,
      rank: factorisation.rank,
      factorParameters: factorisation.factorParameters,
      denseParameters: factorisation.denseParameters,
    },
  });

  const controls = (
    <>
      <div className="controls">
        <Select field={schema.activation} value={activation} onChange={(value) => update({ activation: value })} />
        <Slider field={schema.layers} value={layers} onChange={(value) => update({ layers: value })} />
        <Slider field={schema.width} value={units} onChange={(value) => update({ width: value })} />
        <SeedControl field={schema.seed} value={seed} onChange={(value) => update({ seed: value })} />
        <Select field={schema.engine} value={engine} onChange={(value) => update({ engine: value })} />
      </div>
      <TrainControls trainer={trainer} stepSize={50} />
    </>
  );
  // Memoised, so that the factorisation panel (memo) skips the re-renders training causes.
  const factorisationControls = useMemo(() => (
    <div className="controls">
      <Slider field={schema.n} value={n} onChange={(value) => update({ n: value })} />
      <Slider field={schema.k} value={k} onChange={(value) => update({ k: value })} />
      <Slider field={schema.m} value={m} onChange={(value) => update({ m: value })} />
    </div>
  ), [n, k, m, update]);
  return (
    <div ref={ref}>
      <CollapseView state={state} width={width} data={data} snapshot={trainer.snapshot} check={check} factorisation={factorisation} controls={controls} factorisationControls={factorisationControls} />
    </div>
  );
}
