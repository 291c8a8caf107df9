/**
 * Reading a training run's accuracy curve for the memorisation experiment (Zhang et al. 2017,
 * arXiv:1611.03530): how many epochs a network needs before it fits every training label,
 * true or not.
 */

/**
 * An accuracy curve as flat triples (epoch, training accuracy, validation accuracy), in the
 * order they were measured, accuracies as fractions in [0, 1].
 */
export type AccuracyCurve = ArrayLike<number>;

/** Values per point of an `AccuracyCurve`. */
export const CURVE_STRIDE = 3;

/**
 * Accuracy counts as 100% from here on: a training set of n ≤ 10⁵ samples moves in steps of
 * 1/n, so one wrong sample is far below 1 − 10⁻⁶, while float rounding stays above it.
 */
const FULL = 1 - 1e-6;

/**
 * The first epoch e at which training accuracy reached 100% (every training label fitted), or
 * null if it never did in `curve`. The epoch is that of the first measurement at 100%, so it is
 * an upper bound on the true moment by at most the spacing of the measurements.
 */
export function epochsToMemorise(curve: AccuracyCurve): number | null {
  for (let index = 0; index + 2 < curve.length; index += CURVE_STRIDE) {
    if (curve[index + 1] >= FULL) return curve[index];
  }
  return null;
}

/**
 * Appends one measurement to a curve kept as a plain array, unless it is not finite or goes
 * back in time (a measurement at or before the last epoch means a new run; the caller starts
 * over). Returns whether it was appended.
 */
export function appendAccuracy(curve: number[], epoch: number, train: number, validation: number): boolean {
  if (![epoch, train, validation].every(Number.isFinite)) return false;
  if (curve.length >= CURVE_STRIDE && epoch <= curve[curve.length - CURVE_STRIDE]) return false;
  curve.push(epoch, train, validation);
  return true;
}

/** The accuracy of guessing: 1/k for k balanced classes (10% for ten digits). */
export function chanceAccuracy(classes: number): number {
  return classes >= 1 ? 1 / classes : 0;
}
