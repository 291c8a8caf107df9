import { memo } from 'react';
import { TrainValCurves, type CurveSeries } from '@/components/charts/TrainValCurves';
import type { CurvePoint, FitVerdict } from '@/lib/analysis/fitRegime';
import { formatNumber, formatPercent } from '../format';
import { MAX_STEPS } from './config';

interface Props {
  history: readonly CurvePoint[];
  verdict: FitVerdict;
  width: number;
}

type Key = 'trainLoss' | 'validationLoss' | 'trainAccuracy' | 'validationAccuracy';

function pairs(history: readonly CurvePoint[], key: Key): Float64Array {
  const values = new Float64Array(history.length * 2);
  history.forEach((point, index) => {
    values[2 * index] = point.step;
    values[2 * index + 1] = point[key];
  });
  return values;
}

/** The loss axis's top: the largest loss seen, rounded up, between ln 2 (a coin's loss) and 5. */
function lossTop(history: readonly CurvePoint[]): number {
  let top = 0.8;
  for (const point of history) top = Math.max(top, point.trainLoss, point.validationLoss);
  return Math.min(5, Math.ceil(top * 2) / 2);
}

const last = (history: readonly CurvePoint[]) => history.at(-1) ?? null;

/** Training (solid) and validation (dashed) loss and accuracy against the update step. */
export const FitCharts = memo(function FitCharts({ history, verdict, width }: Props) {
  const end = last(history);
  const steps = Math.max(MAX_STEPS, end?.step ?? 0);
  const series = (trainKey: Key, validationKey: Key): CurveSeries[] => [
    { name: 'training', pairs: pairs(history, trainKey), colour: 'var(--text)' },
    { name: 'validation', pairs: pairs(history, validationKey), colour: 'var(--accent)', dashed: true },
  ];
  const marker = verdict.regime === 'overfit' && verdict.evidence === 'validationLossRising'
    ? { step: verdict.bestStep, value: verdict.bestValidationLoss, text: 'validation minimum' }
    : null;
  const lossLabel = end
    ? `Loss against update step. At step ${end.step}: training ${formatNumber(end.trainLoss)}, validation ${formatNumber(end.validationLoss)}; lowest validation loss (averaged) ${formatNumber(verdict.bestValidationLoss)} at step ${verdict.bestStep}.`
    : 'Loss against update step: no training yet.';
  const accuracyLabel = end
    ? `Accuracy against update step. At step ${end.step}: training ${formatPercent(end.trainAccuracy)}, validation ${formatPercent(end.validationAccuracy)}.`
    : 'Accuracy against update step: no training yet.';
  return (
    <div className="fit-charts">
      <p className="legend" aria-hidden="true">
        <span className="legend-item"><span className="fit-line fit-line-train" /> training</span>
        <span className="legend-item"><span className="fit-line fit-line-validation" /> validation</span>
      </p>
      <TrainValCurves series={series('trainLoss', 'validationLoss')} steps={steps} top={lossTop(history)} yLabel="loss" width={width} label={lossLabel} marker={marker} />
      <TrainValCurves series={series('trainAccuracy', 'validationAccuracy')} steps={steps} top={1} yLabel="accuracy" formatTick={(tick) => `${Math.round(tick * 100)}%`} width={width} label={accuracyLabel} />
    </div>
  );
});
