import type { FitVerdict } from '@/lib/analysis/fitRegime';
import type { Snapshot } from '@/lib/nn/session.types';
import type { WidgetStatus } from '../report';
import { formatNumber, formatPercent } from '../format';
import { parameterCount, type FitState } from './config';

/** What the marker says: a regime, or that training diverged. */
export type Marker = FitVerdict['regime'] | 'diverged';

export const markerNames: Record<Marker, string> = {
  pending: 'Not judged yet',
  underfit: 'Underfitting',
  goodFit: 'Good fit',
  overfit: 'Overfitting',
  diverged: 'Diverged',
};

/** The marker for a status and a verdict: divergence overrides whatever the curves said. */
export function markerOf(status: WidgetStatus, verdict: FitVerdict): Marker {
  return status === 'diverged' ? 'diverged' : verdict.regime;
}

const points = (fraction: number) => `${Math.round(fraction * 100)} points`;

/** The one-line reason beside the marker, with the numbers that settled it. */
export function markerReason(marker: Marker, verdict: FitVerdict, divergedAt: number | null): string {
  switch (marker) {
    case 'diverged':
      return `The loss stopped being a finite number at step ${(divergedAt ?? 0).toLocaleString('en')}: the learning rate is too high. Lower it, then reset.`;
    case 'pending':
      return 'Press Train: after 150 updates the curves say whether this network under- or overfits.';
    case 'underfit':
      return `Training accuracy is only ${formatPercent(verdict.trainAccuracy)}: the network cannot fit even the points it learns from. Make it bigger or train longer.`;
    case 'overfit':
      return verdict.evidence === 'validationLossRising'
        ? `Validation loss has climbed from ${formatNumber(verdict.bestValidationLoss, 2)} (step ${verdict.bestStep.toLocaleString('en')}) to ${formatNumber(verdict.validationLoss, 2)} while training loss kept falling: it is fitting the training points’ noise.`
        : `Training accuracy ${formatPercent(verdict.trainAccuracy)}, validation ${formatPercent(verdict.validationAccuracy)}: a gap of ${points(verdict.trainAccuracy - verdict.validationAccuracy)}.`;
    case 'goodFit':
      return `Training ${formatPercent(verdict.trainAccuracy)} and validation ${formatPercent(verdict.validationAccuracy)}: both high and close, and validation loss is not climbing.`;
  }
}

/** A number for a data-* attribute, six significant digits. */
const attribute = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toPrecision(6)));

/** The frame's data-* numbers; after a divergence the losses are left out (never NaN or a stand-in). */
export function reportNumbers(state: FitState, snapshot: Snapshot | null, marker: Marker, verdict: FitVerdict, trainCount: number): Record<string, number | string | null> {
  const finite = snapshot && snapshot.status !== 'diverged' ? snapshot : null;
  return {
    dataset: state.dataset, layers: state.layers, units: state.units, learningRate: state.learningRate, seed: state.seed,
    parameters: parameterCount(state), trainPoints: trainCount,
    step: snapshot?.step ?? 0,
    regime: marker,
    trainAccuracy: attribute(finite?.trainAccuracy),
    valAccuracy: attribute(finite?.validationAccuracy),
    trainLoss: attribute(finite?.trainLoss),
    valLoss: attribute(finite?.validationLoss),
    // The lowest trailing-average validation loss so far, where the overfit verdict measures from.
    bestValLoss: verdict.regime === 'pending' ? null : attribute(verdict.bestValidationLoss),
  };
}
