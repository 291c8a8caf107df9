/**
 * Under-, good- or overfitting, read off the training and validation curves the way a
 * practitioner reads them: training accuracy low means the model cannot fit what it learns
 * from (underfit); validation loss climbing back from its minimum while training loss keeps
 * falling, or a wide gap between training and validation accuracy, means it fits the
 * training points' noise (overfit); otherwise it fits well. Curves from minibatch training
 * are noisy, so every comparison uses a trailing average over a window of steps.
 */

/** One point of a run's curves: the losses and accuracies after `step` updates. */
export interface CurvePoint {
  step: number;
  trainLoss: number;
  validationLoss: number;
  /** Fractions correct in [0, 1]. */
  trainAccuracy: number;
  validationAccuracy: number;
}

/** The verdict: 'pending' until enough updates have run to judge. */
export type FitRegime = 'pending' | 'underfit' | 'goodFit' | 'overfit';

/** Which sign settled the verdict, for the one-line reason. */
export type FitEvidence = 'tooEarly' | 'lowTrainAccuracy' | 'validationLossRising' | 'accuracyGap' | 'highAndClose';

/** The regime, the sign that settled it, and the averaged numbers behind it. */
export interface FitVerdict {
  regime: FitRegime;
  evidence: FitEvidence;
  /** Trailing averages at the end of the curves (NaN-free: 0 when there are no points). */
  trainAccuracy: number;
  validationAccuracy: number;
  trainLoss: number;
  validationLoss: number;
  /** The lowest trailing-average validation loss and the step where it was reached. */
  bestValidationLoss: number;
  bestStep: number;
}

/** Where the rule draws its lines. */
export interface FitThresholds {
  /** No verdict before this many updates. */
  minimumSteps: number;
  /** Training accuracy below this is underfitting. */
  underfitAccuracy: number;
  /** Overfitting when training minus validation accuracy reaches this. */
  accuracyGap: number;
  /** Overfitting when validation loss exceeds its minimum by this much (absolute) … */
  lossRise: number;
  /** … and by this fraction of the minimum. */
  relativeLossRise: number;
  /** The trailing window, as a fraction of the steps so far. */
  window: number;
}

/** The lines the lab uses (the article's prose quotes the 85% and the 10 points). */
export const defaultFitThresholds: FitThresholds = {
  minimumSteps: 150, underfitAccuracy: 0.85, accuracyGap: 0.1, lossRise: 0.1, relativeLossRise: 0.25, window: 0.1,
};

type Key = 'trainLoss' | 'validationLoss' | 'trainAccuracy' | 'validationAccuracy';

/**
 * The trailing average of `key` at every point: the mean over the points whose step lies in
 * (step − width, step]. Two pointers, so it is linear in the number of points.
 */
export function trailingAverage(points: readonly CurvePoint[], key: Key, width: number): number[] {
  const averages: number[] = [];
  let start = 0;
  let sum = 0;
  for (let index = 0; index < points.length; index++) {
    sum += points[index][key];
    while (start < index && points[start].step <= points[index].step - width) sum -= points[start++][key];
    averages.push(sum / (index - start + 1));
  }
  return averages;
}

/** The regime the curves show, with the numbers behind it. */
export function classifyFit(points: readonly CurvePoint[], thresholds: FitThresholds = defaultFitThresholds): FitVerdict {
  const last = points.at(-1);
  if (!last) {
    return { regime: 'pending', evidence: 'tooEarly', trainAccuracy: 0, validationAccuracy: 0, trainLoss: 0, validationLoss: 0, bestValidationLoss: 0, bestStep: 0 };
  }
  const width = Math.max(1, last.step * thresholds.window);
  const smooth = (key: Key) => trailingAverage(points, key, width);
  const validationLosses = smooth('validationLoss');
  const trainLosses = smooth('trainLoss');
  let best = 0;
  validationLosses.forEach((loss, index) => {
    if (loss < validationLosses[best]) best = index;
  });
  const end = points.length - 1;
  const verdict = {
    trainAccuracy: smooth('trainAccuracy')[end],
    validationAccuracy: smooth('validationAccuracy')[end],
    trainLoss: trainLosses[end],
    validationLoss: validationLosses[end],
    bestValidationLoss: validationLosses[best],
    bestStep: points[best].step,
  };
  return { ...verdict, ...judge(verdict, trainLosses[best], last.step, thresholds) };
}

/** The rule itself, in order: too early, underfit, overfit (loss rising, then gap), good fit. */
function judge(
  curves: Omit<FitVerdict, 'regime' | 'evidence'>,
  trainLossAtBest: number,
  steps: number,
  thresholds: FitThresholds,
): { regime: FitRegime; evidence: FitEvidence } {
  if (steps < thresholds.minimumSteps) return { regime: 'pending', evidence: 'tooEarly' };
  if (curves.trainAccuracy < thresholds.underfitAccuracy) return { regime: 'underfit', evidence: 'lowTrainAccuracy' };
  const rise = curves.validationLoss - curves.bestValidationLoss;
  const rising = rise > thresholds.lossRise && rise > thresholds.relativeLossRise * curves.bestValidationLoss;
  if (rising && curves.trainLoss < trainLossAtBest) return { regime: 'overfit', evidence: 'validationLossRising' };
  if (curves.trainAccuracy - curves.validationAccuracy >= thresholds.accuracyGap) return { regime: 'overfit', evidence: 'accuracyGap' };
  return { regime: 'goodFit', evidence: 'highAndClose' };
}
