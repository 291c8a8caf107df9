/**
 * What one hidden unit responds to, from its activations over a labelled probe set: its mean
 * activation per class, the class with the highest mean, and the samples that excite it most
 * and least. Pure: the neurons demo calls it on the main thread for one unit at a time.
 */

export interface UnitProfile {
  /** Mean activation per class (0 for a class with no samples). */
  classMeans: number[];
  /** The class with the highest mean (the lowest index on a tie), or −1 when there are no samples. */
  topClass: number;
  /** classMeans[topClass], or 0. */
  topClassMean: number;
  /** Indices of the `extremes` samples with the highest activation, highest first. */
  top: number[];
  /** Indices of the `extremes` samples with the lowest activation, lowest first. */
  bottom: number[];
  /** The fraction of samples on which the unit is exactly 0 (a ReLU that is off). */
  silentFraction: number;
}

/**
 * Profiles unit `unit` of a layer whose activations are count × units, row-major.
 * Non-finite activations count as 0, so a profile never holds NaN. Ties in the ranking go to
 * the lower sample index, so the result is deterministic.
 */
export function unitProfile(activations: ArrayLike<number>, labels: ArrayLike<number>, units: number, unit: number, classes: number, extremes = 8): UnitProfile {
  const count = labels.length;
  const sums = new Float64Array(classes);
  const counts = new Float64Array(classes);
  const values = new Float64Array(count);
  let silent = 0;
  for (let sample = 0; sample < count; sample++) {
    const raw = activations[sample * units + unit];
    const value = Number.isFinite(raw) ? raw : 0;
    values[sample] = value;
    if (value === 0) silent++;
    const label = labels[sample];
    if (label >= 0 && label < classes) {
      sums[label] += value;
      counts[label]++;
    }
  }
  const classMeans = Array.from(sums, (sum, label) => (counts[label] > 0 ? sum / counts[label] : 0));
  let topClass = -1;
  for (let label = 0; label < classes; label++) {
    if (counts[label] > 0 && (topClass < 0 || classMeans[label] > classMeans[topClass])) topClass = label;
  }
  const order = Array.from({ length: count }, (_, sample) => sample).sort((a, b) => values[b] - values[a] || a - b);
  const kept = Math.max(0, Math.min(extremes, count));
  const ascending = Array.from({ length: count }, (_, sample) => sample).sort((a, b) => values[a] - values[b] || a - b);
  return {
    classMeans,
    topClass,
    topClassMean: topClass >= 0 ? classMeans[topClass] : 0,
    top: order.slice(0, kept),
    bottom: ascending.slice(0, kept),
    silentFraction: count > 0 ? silent / count : 0,
  };
}
