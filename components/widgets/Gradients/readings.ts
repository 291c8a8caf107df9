/**
 * What the view shows of each run: gradient norms now and at initialisation, their ratios and
 * the loss curve. The poster builds the same readings from the initial weights alone.
 */
import { deepMlpSpec, firstUpdateLayers, gradientNorms, gradientRatio, GRADIENT_ACTIVATIONS, type GradientActivation } from '@/lib/analysis/gradientFlow';
import type { LayerStats, Snapshot } from '@/lib/nn/session.types';
import { gradientsHyper, ringData, UNITS, type GradientsState } from './model';

/** One activation's numbers; `now` and `ratio` are null until the run has made an update, `initial` empty until computed. */
export interface GradientReadings {
  now: (number | null)[] | null;
  ratio: number | null;
  initial: (number | null)[];
  initialRatio: number | null;
  losses: Float64Array;
}

export type AllReadings = Record<GradientActivation, GradientReadings>;

/** A run's readings from its latest snapshot, its first-update stats and its loss curve. */
export function readRun(snapshot: Snapshot | null, first: LayerStats[] | null, losses: Float64Array): GradientReadings {
  const trained = snapshot !== null && snapshot.step > 0;
  return {
    now: trained ? gradientNorms(snapshot.layers) : null,
    ratio: trained ? gradientRatio(snapshot.layers) : null,
    initial: first ? gradientNorms(first) : [],
    initialRatio: first ? gradientRatio(first) : null,
    losses,
  };
}

/** The readings before any training: the first update's gradients of all three nets. */
export function initialReadings(state: GradientsState): AllReadings {
  const data = ringData(state.seed);
  const entries = GRADIENT_ACTIVATIONS.map((activation) => {
    const first = firstUpdateLayers(deepMlpSpec(activation, state.depth, UNITS, state.mismatched), data, gradientsHyper, state.seed);
    return [activation, readRun(null, first, new Float64Array())] as const;
  });
  return Object.fromEntries(entries) as AllReadings;
}

/** A number for a data-* attribute: finite with 4 significant digits, or null (left out). */
function finite(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? Number(value.toPrecision(4)) : null;
}

/**
 * The frame's headline numbers: the choices, the selected net's step and gradient ratio (live,
 * and at initialisation), and every net's ratio and latest loss.
 */
export function reportNumbers(state: GradientsState, readings: AllReadings, step: number): Record<string, number | string | null> {
  const selected = readings[state.activation];
  const numbers: Record<string, number | string | null> = {
    activation: state.activation,
    depth: state.depth,
    mismatched: state.mismatched ? 'true' : 'false',
    seed: state.seed,
    step,
    gradRatio: finite(selected.ratio),
    gradRatioInitial: finite(selected.initialRatio),
  };
  for (const activation of GRADIENT_ACTIVATIONS) {
    const suffix = activation === 'relu' ? 'Relu' : activation === 'tanh' ? 'Tanh' : 'Sigmoid';
    numbers[`gradRatio${suffix}`] = finite(readings[activation].ratio);
    numbers[`loss${suffix}`] = finite(readings[activation].losses.at(-1));
  }
  return numbers;
}
