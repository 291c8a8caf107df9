import { memo, useMemo, type ReactNode } from 'react';
import type { FieldPoint } from '@/components/charts/DecisionField';
import type { CurvePoint, FitVerdict } from '@/lib/analysis/fitRegime';
import type { AddedPoint } from '@/lib/data/addedPoints';
import type { SplitDataset } from '@/lib/data/dataset';
import { formatCount, formatNumber, formatPercent } from '../format';
import { parameterCount, type FitState } from './config';
import { FitCharts } from './FitCharts';
import { FitField, type FitFieldProps } from './FitField';
import { markerReason, type Marker } from './readout';
import { RegimeMarker } from './RegimeMarker';

export interface FitReadout {
  grid: { resolution: number; values: ArrayLike<number> } | null;
  history: readonly CurvePoint[];
  verdict: FitVerdict;
  marker: Marker;
  divergedAt: number | null;
}

interface Props {
  state: FitState;
  data: SplitDataset;
  added: readonly AddedPoint[];
  readout: FitReadout;
  width?: number;
  /** The controls, training buttons and point tools (absent on the poster). */
  controls?: ReactNode;
  pointTools?: ReactNode;
  /**
   * The field: the live lab passes PointField, where the reader adds points. Without it (the
   * poster) the field is a picture, and no interactive code reaches the page's first load.
   */
  renderField?: (field: FitFieldProps) => ReactNode;
}

/** The first `count` samples of a set as field points. */
function fieldPoints(set: SplitDataset['train'], count = set.count): FieldPoint[] {
  return Array.from({ length: count }, (_, index) => ({ x: set.inputs[2 * index], y: set.inputs[2 * index + 1], label: set.labels[index] }));
}

/** The lab for one state and one readout; pure, so it is also the server poster. */
export const FitView = memo(function FitView({ state, data, added, readout, width = 720, controls, pointTools, renderField }: Props) {
  // The added points are the last training samples; the field draws them as squares instead.
  const points = useMemo(() => fieldPoints(data.train, data.train.count - added.length), [data, added.length]);
  const validation = useMemo(() => fieldPoints(data.validation), [data]);
  const wide = width >= 700;
  const fieldWidth = wide ? Math.min(420, Math.floor(width * 0.5)) : Math.min(width, 420);
  const chartWidth = wide ? width - fieldWidth - 24 : width;
  const end = readout.history.at(-1) ?? null;
  const shown = readout.marker === 'diverged' ? null : end;
  const label = `Decision field on the ${state.dataset} data: ${data.train.count} training points (filled) and ${data.validation.count} validation points (hollow rings)${added.length ? `, ${added.length} of them added by you (squares)` : ''}. ${shown ? `After ${shown.step} updates, training accuracy ${formatPercent(shown.trainAccuracy)}, validation ${formatPercent(shown.validationAccuracy)}.` : 'Not trained yet.'}`;
  return (
    <div className="fit-lab">
      {controls}
      <div className={wide ? 'fit-main fit-main-wide' : 'fit-main'}>
        <div className="fit-field-column" style={wide ? { width: fieldWidth } : undefined}>
          <p className="legend" aria-hidden="true">
            <span className="legend-item"><span className="swatch swatch-a" /> class A</span>
            <span className="legend-item"><span className="swatch swatch-b" /> class B</span>
            <span className="legend-item"><span className="swatch fit-filled" /> training (filled)</span>
            <span className="legend-item"><span className="fit-hollow" /> validation (hollow)</span>
            <span className="legend-item"><span className="fit-square" /> added by you</span>
          </p>
          {renderField ? renderField({ grid: readout.grid, points, validation, added, width: fieldWidth, label }) : <FitField grid={readout.grid} points={points} validation={validation} added={added} width={fieldWidth} label={label} />}
          {pointTools}
        </div>
        <div className="fit-side">
          <RegimeMarker marker={readout.marker} reason={markerReason(readout.marker, readout.verdict, readout.divergedAt)} />
          <dl className="readouts">
            <div><dt>training accuracy</dt><dd>{formatPercent(shown?.trainAccuracy)}</dd></div>
            <div><dt>validation accuracy</dt><dd>{formatPercent(shown?.validationAccuracy)}</dd></div>
            <div><dt>training loss</dt><dd>{formatNumber(shown?.trainLoss)}</dd></div>
            <div><dt>validation loss</dt><dd>{formatNumber(shown?.validationLoss)}</dd></div>
            <div><dt>parameters</dt><dd>{formatCount(parameterCount(state))}</dd></div>
            <div><dt>training points</dt><dd>{formatCount(data.train.count)}</dd></div>
          </dl>
          <FitCharts history={readout.history} verdict={readout.verdict} width={chartWidth} />
        </div>
      </div>
    </div>
  );
});
