'use client';

import { memo, useMemo } from 'react';
import { Select } from '@/components/controls/Select';
import { SeedControl } from '@/components/controls/SeedControl';
import { Slider } from '@/components/controls/Slider';
import { TrainControls, trainerBackend } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { DepthWidthView } from './DepthWidthView';
import { architectures } from './model';
import { depthWidthSchema as schema } from './state';
import { useNet } from './useNet';
import { useCombinedTrainer } from '@/components/hooks/useCombinedTrainer';
import { depthWidthReport } from './report';
import { analyseSawtooth } from './sawtooth';

/**
 * Depth versus width, counted: (a) the sawtooth's 2^k pieces from k layers of 2 ReLUs;
 * (b) a shallow-wide and a deep-narrow net of about the same size, trained on the same
 * target in two workers, with their linear regions counted exactly beside the maxima.
 */
export const DepthWidth = memo(function DepthWidth({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const nets = useMemo(() => architectures(state), [state]);
  const reducedMotion = useReducedMotion();
  const wide = useNet(nets.wide, state.seed, reducedMotion, state.engine);
  const deep = useNet(nets.deep, state.seed, reducedMotion, state.engine);
  const pair = useCombinedTrainer(wide.trainer, deep.trainer);
  const sawtooth = useMemo(() => analyseSawtooth(state.k), [state.k]);
  useWidgetReport(depthWidthReport(state, sawtooth, nets, { wide: wide.readings, deep: deep.readings }, pair.status, trainerBackend(pair), { wide: wide.trainer, deep: deep.trainer }));

  const sawtoothControls = (
    <div className="controls">
      <Slider field={schema.k} value={state.k} onChange={(k) => update({ k })} />
    </div>
  );
  const budgetControls = (
    <>
      <div className="controls">
        <Slider field={schema.width} value={state.width} onChange={(width) => update({ width })} />
        <Slider field={schema.depth} value={state.depth} onChange={(depth) => update({ depth })} format={(depth) => `${depth}, each of ${nets.deep.widths[0]} unit${nets.deep.widths[0] > 1 ? 's' : ''}`} />
        <Select field={schema.inputs} value={state.inputs} onChange={(inputs) => update({ inputs })} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
        <Select field={schema.engine} value={state.engine} onChange={(engine) => update({ engine })} />
      </div>
      <TrainControls trainer={pair} stepSize={50} />
    </>
  );
  return (
    <div ref={ref}>
      <DepthWidthView state={state} sawtooth={sawtooth} nets={nets} width={width} sawtoothControls={sawtoothControls} budgetControls={budgetControls} readings={{ wide: wide.readings, deep: deep.readings }} />
    </div>
  );
});
