import { useMemo, type ReactNode } from 'react';
import { DecisionField, type FieldPoint } from '@/components/charts/DecisionField';
import type { SplitDataset } from '@/lib/data/dataset';
import type { Snapshot } from '@/lib/nn/session.types';
import { formatNumber, formatPercent } from '../format';
import { CollapseChain } from './CollapseChain';
import { factorise, type Factorisation } from './factorisation';
import { FactorisationPanel } from './FactorisationPanel';
import { fieldBox, type CollapseCheck, type CollapseState } from './model';

interface Props {
  state: CollapseState;
  width: number;
  data: SplitDataset;
  snapshot: Snapshot | null;
  check: CollapseCheck | null;
  /** The network's controls and the training buttons (absent on the poster). */
  controls?: ReactNode;
  factorisationControls?: ReactNode;
  /** The factorised matrix of the state (computed here when not given, as on the poster). */
  factorisation?: Factorisation;
}

function fieldPoints(data: SplitDataset): FieldPoint[] {
  const points: FieldPoint[] = [];
  for (const [set, validation] of [[data.train, false], [data.validation, true]] as const) {
    for (let index = 0; index < set.count; index++) points.push({ x: set.inputs[2 * index], y: set.inputs[2 * index + 1], label: set.labels[index], validation });
  }
  return points;
}

/** The collapse demo for one state and snapshot; pure, so it is also the server poster. */
export function CollapseView({ state, width, data, snapshot, check, controls, factorisationControls, factorisation }: Props) {
  const points = useMemo(() => fieldPoints(data), [data]);
  const linear = state.activation === 'linear';
  const accuracy = snapshot?.validationAccuracy ?? null;
  const name = linear ? 'no activation' : state.activation === 'relu' ? 'ReLU' : 'tanh';
  const label = `Decision field of ${state.layers} hidden layer${state.layers === 1 ? '' : 's'} of ${state.width} units with ${name} on the circle data, after ${snapshot?.step ?? 0} updates: validation accuracy ${formatPercent(accuracy)}.`;
  return (
    <div className="collapse-demo">
      {controls}
      <div className="collapse-main">
        <div>
          <p className="legend" aria-hidden="true">
            <span className="legend-item"><span className="swatch swatch-a" /> class 0 (disc)</span>
            <span className="legend-item"><span className="swatch swatch-b" /> class 1 (ring)</span>
            <span className="legend-item"><span className="swatch swatch-ringed" /> validation</span>
          </p>
          <DecisionField box={fieldBox} grid={snapshot?.grid ?? null} points={points} width={Math.min(width, 400)} label={label} />
        </div>
        <div className="collapse-side">
          <dl className="readouts" aria-live="polite">
            <div><dt>validation accuracy</dt><dd>{formatPercent(accuracy)}</dd></div>
            <div><dt>training loss</dt><dd>{formatNumber(snapshot?.trainLoss)}</dd></div>
            <div><dt>updates</dt><dd>{(snapshot?.step ?? 0).toLocaleString('en')}</dd></div>
          </dl>
          {snapshot?.weights && check
            ? <CollapseChain weights={snapshot.weights} check={check} linear={linear} />
            : <p className="widget-note">Press Train: the field shows what the network says at every point, and the trained matrices appear here, multiplied into one.</p>}
        </div>
      </div>
      {/* The pictures are canvases drawn on the client: the poster (no JavaScript) shows the counts only. */}
      <FactorisationPanel result={factorisation ?? factorise(state.n, state.k, state.m, state.seed)} width={width} controls={factorisationControls} pictures={factorisation !== undefined} />
    </div>
  );
}
