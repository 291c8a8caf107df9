/**
 * Datasets with the signal taken out, for the memorisation demo (Zhang et al. 2017,
 * "Understanding deep learning requires rethinking generalization"): a network can still fit
 * them perfectly, but it can no longer generalise.
 */
import { makeRandom } from '../random';
import type { Dataset } from './dataset';

/** How the chosen labels are corrupted. */
export type CorruptionMode = 'shuffle' | 'random';

/**
 * What each mode does to the k = round(p·n) chosen samples' labels:
 * 'shuffle' permutes them among themselves (the class histogram is kept exactly);
 * 'random' replaces each with a class drawn uniformly from 0 … classes−1 (it may, with
 * probability 1/classes, draw the true one, as in Zhang et al.).
 */
export const corruptionModes: Record<CorruptionMode, (labels: Int32Array, classes: number, draw: (n: number) => number) => void> = {
  shuffle(labels, _classes, draw) {
    for (let index = labels.length - 1; index > 0; index--) {
      const other = draw(index + 1);
      const held = labels[index];
      labels[index] = labels[other];
      labels[other] = held;
    }
  },
  random(labels, classes, draw) {
    for (let index = 0; index < labels.length; index++) labels[index] = draw(classes);
  },
};

/**
 * A copy of `dataset` in which a fraction p ∈ [0, 1] (clamped) of the samples, chosen by
 * `seed`, have corrupted labels (see `corruptionModes`). Inputs are copied unchanged; p = 1
 * with 'shuffle' is the fully shuffled-labels experiment.
 */
export function corruptLabels(dataset: Dataset, fraction: number, seed: number, mode: CorruptionMode): Dataset {
  const random = makeRandom(seed);
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const chosen = random.shuffleInPlace(Int32Array.from({ length: dataset.count }, (_, index) => index));
  const corruptedCount = Math.round(clamped * dataset.count);
  const corrupted = Int32Array.from({ length: corruptedCount }, (_, slot) => dataset.labels[chosen[slot]]);
  corruptionModes[mode](corrupted, dataset.classes, random.int);
  const labels = dataset.labels.slice();
  for (let slot = 0; slot < corruptedCount; slot++) labels[chosen[slot]] = corrupted[slot];
  return { ...dataset, inputs: dataset.inputs.slice(), labels, targets: dataset.targets?.slice() };
}

/**
 * The same shape and labels with inputs replaced by Gaussian noise x ~ N(μ, σ²), where μ and σ
 * are the mean and standard deviation of all of `dataset`'s input values (Zhang et al.'s
 * "Gaussian" images). Nothing of the inputs but μ and σ survives.
 */
export function randomInputs(dataset: Dataset, seed: number): Dataset {
  const random = makeRandom(seed);
  const { inputs } = dataset;
  let mean = 0;
  for (let index = 0; index < inputs.length; index++) mean += inputs[index] / inputs.length;
  let variance = 0;
  for (let index = 0; index < inputs.length; index++) variance += (inputs[index] - mean) ** 2 / inputs.length;
  const deviation = Math.sqrt(variance);
  const noisy = Float32Array.from({ length: inputs.length }, () => mean + deviation * random.normal());
  return { ...dataset, inputs: noisy, labels: dataset.labels.slice(), targets: dataset.targets?.slice() };
}
