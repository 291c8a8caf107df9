'use client';

import { Select } from '@/components/controls/Select';
import { Slider } from '@/components/controls/Slider';
import { Toggle } from '@/components/controls/Toggle';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { ActivationShapesView, format } from './ActivationShapesView';
import { evaluate, steepestPoint } from './curves';
import { activationShapesSchema as schema } from './state';

/** Pick an activation, move along x, and read its value and slope; nothing trains here. */
export function ActivationShapes({ id }: WidgetProps) {
  const [state, update, reset] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const here = evaluate(state.activation, state.x);
  const steepest = steepestPoint(state.activation, -6, 6);
  useWidgetReport({
    status: 'done',
    backend: 'none',
    numbers: { activation: state.activation, x: state.x, value: Number(format(here.value, 6)), slope: Number(format(here.slope, 6)), maxSlope: Number(steepest.slope.toFixed(6)) },
  });
  return (
    <div ref={ref}>
      <div className="controls">
        <Select field={schema.activation} value={state.activation} onChange={(activation) => update({ activation })} />
        <Slider field={schema.x} value={state.x} onChange={(x) => update({ x })} format={(value) => value.toFixed(1)} />
        <Toggle field={schema.showDerivative} value={state.showDerivative} onChange={(showDerivative) => update({ showDerivative })} />
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
      <ActivationShapesView state={state} width={width} />
    </div>
  );
}
