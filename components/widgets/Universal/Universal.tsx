'use client';

import { memo, useMemo } from 'react';
import { SeedControl } from '@/components/controls/SeedControl';
import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { DrawSurface } from './DrawSurface';
import { drawNet } from './model';
import { universalReport } from './report';
import { universalSchema as schema } from './state';
import { UniversalView } from './UniversalView';
import { useDrawing } from './useDrawing';
import { useUniversal } from './useUniversal';

/**
 * Universal approximation, unit by unit: a one-hidden-layer ReLU net on a target over [−1, 1],
 * constructed one hinge at a time or trained by Adam, with max error against width.
 */
export const Universal = memo(function Universal({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  const reducedMotion = useReducedMotion();
  const { model, trainer, shown, trained } = useUniversal(state, reducedMotion);
  const net = useMemo(() => drawNet(shown.weights), [shown.weights]);
  const drawing = useDrawing(state, model.f, update);
  useWidgetReport(universalReport(state, model, shown, trained, trainerStatus(trainer), trainerBackend(trainer)));
  const fitWidth = width >= 760 ? Math.round(width * 0.6) : width;

  const controls = (
    <>
      <div className="controls">
        <Select field={schema.target} value={state.target} onChange={(target) => update({ target })} />
        <Slider field={schema.units} value={state.units} onChange={(units) => update({ units })} />
        <button type="button" onClick={() => update({ units: Math.min(schema.units.max, state.units + 1) })} disabled={state.units >= schema.units.max}>
          Add a unit
        </button>
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed })} />
        <Select field={schema.engine} value={state.engine} onChange={(engine) => update({ engine })} />
      </div>
      <TrainControls trainer={trainer} stepSize={100} />
    </>
  );
  const surface = (
    <DrawSurface
      width={fitWidth}
      samples={drawing.samples}
      selected={drawing.cursor}
      onSelect={drawing.select}
      onDraft={drawing.setDraft}
      onCommit={drawing.commit}
    />
  );
  return (
    <div ref={ref}>
      <UniversalView
        state={state}
        width={width}
        f={drawing.draftCurve ?? model.f}
        shown={shown}
        net={net}
        trained={trained}
        samples={drawing.showSamples ? drawing.samples : null}
        selected={drawing.selected}
        controls={controls}
        drawSurface={surface}
      />
    </div>
  );
});
