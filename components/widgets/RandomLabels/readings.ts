/**
 * What the demo prints and reports of its three runs: accuracies, epochs to 100% training
 * accuracy, and the x range both charts share.
 */
import { formatPercent } from '../format';
import { CLASSES, MAX_EPOCHS, runStyle, type RandomLabelsState, type RunKind } from './model';
import type { RunReading } from './useRandomLabelRuns';

/** The run's name as the legend, table and labels give it. */
export function describeRun(kind: RunKind, shuffled: number): string {
  return runStyle[kind].describe(shuffled);
}

/** An accuracy as a percentage, or a dash before any measurement (never NaN). */
export function percent(value: number | null): string {
  return formatPercent(value);
}

/** The epoch during which a run first fitted every label (1, 2, …), or null. */
export function memorisedEpoch(reading: RunReading): number | null {
  return reading.memorisedAt === null ? null : Math.max(1, Math.ceil(reading.memorisedAt - 1e-9));
}

/** Epochs to 100% training accuracy, as printed: the epoch, "not yet", or "not in 300 epochs". */
export function memorisedText(reading: RunReading): string {
  const epoch = memorisedEpoch(reading);
  if (epoch !== null) return String(epoch);
  return reading.gaveUp ? `not in ${MAX_EPOCHS} epochs` : 'not yet';
}

/** The epochs both charts span: the furthest run, rounded up to 10, at least 20 and at most the limit. */
export function chartEpochs(readings: RunReading[]): number {
  const furthest = Math.max(0, ...readings.map((reading) => reading.epoch));
  return Math.min(MAX_EPOCHS, Math.max(20, Math.ceil(furthest / 10) * 10));
}

/** Readings of three runs that have not trained: what the poster shows. */
export function emptyReadings(): RunReading[] {
  return (['true', 'shuffled', 'noise'] as const).map((kind) => ({
    kind, curve: new Float64Array(), trainAccuracy: null, validationAccuracy: null, epoch: 0, memorisedAt: null, gaveUp: false,
  }));
}

/** A number for a data-* attribute: finite with 4 significant digits, or null (left out). */
function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? Number(value.toPrecision(4)) : null;
}

const suffixes: Record<RunKind, string> = { true: 'True', shuffled: 'Shuffled', noise: 'Noise' };

/**
 * The frame's numbers: the choices; for the shuffled-labels run (the one the caption is about)
 * train and validation accuracy and epochs to memorise; the same per run with a suffix.
 */
export function reportNumbers(state: RandomLabelsState, readings: RunReading[]): Record<string, number | string | null> {
  const numbers: Record<string, number | string | null> = {
    dataset: state.dataset,
    trainSize: state.trainSize,
    shuffled: state.shuffled,
    dropout: state.dropout ? 'true' : 'false',
    weightDecay: state.weightDecay ? 'true' : 'false',
    seed: state.seed,
    chance: 1 / CLASSES,
  };
  for (const reading of readings) {
    const suffix = suffixes[reading.kind];
    numbers[`trainAccuracy${suffix}`] = finite(reading.trainAccuracy);
    numbers[`valAccuracy${suffix}`] = finite(reading.validationAccuracy);
    numbers[`epochsToMemorise${suffix}`] = memorisedEpoch(reading);
    numbers[`epoch${suffix}`] = Number(reading.epoch.toFixed(2));
  }
  numbers.trainAccuracy = numbers.trainAccuracyShuffled;
  numbers.valAccuracy = numbers.valAccuracyShuffled;
  numbers.epochsToMemorise = numbers.epochsToMemoriseShuffled;
  numbers.epoch = numbers.epochShuffled;
  return numbers;
}
