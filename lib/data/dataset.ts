import { makeRandom } from '../random';

/**
 * A dataset as every part of the core sees it: n samples of d features in one flat
 * row-major Float32Array (sample i is inputs[i*d … i*d+d-1]), and n integer class labels
 * (classification) or n·t float targets (regression).
 */
export interface Dataset {
  /** Number of samples n. */
  count: number;
  /** Features per sample d. */
  inputSize: number;
  /** Row-major n × d features. */
  inputs: Float32Array;
  /** Class of each sample, 0 … classes−1 (classification). */
  labels: Int32Array;
  /** Number of classes; 1 for regression. */
  classes: number;
  /** Regression targets, row-major n × targetSize, when the task is regression. */
  targets?: Float32Array;
  /** Targets per sample for regression (1 for a scalar target). */
  targetSize?: number;
}

/** A dataset split once, by seed, into the part that trains and the part that validates. */
export interface SplitDataset {
  train: Dataset;
  validation: Dataset;
}

/**
 * The samples at `indices`, in that order, as a new dataset (inputs, labels and any targets
 * copied, so the result owns its arrays).
 */
export function selectSamples(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  const { inputSize, targetSize = 1 } = dataset;
  const count = indices.length;
  const inputs = new Float32Array(count * inputSize);
  const labels = new Int32Array(count);
  const targets = dataset.targets ? new Float32Array(count * targetSize) : undefined;
  for (let row = 0; row < count; row++) {
    const source = indices[row];
    inputs.set(dataset.inputs.subarray(source * inputSize, (source + 1) * inputSize), row * inputSize);
    labels[row] = dataset.labels[source];
    if (targets && dataset.targets) {
      targets.set(dataset.targets.subarray(source * targetSize, (source + 1) * targetSize), row * targetSize);
    }
  }
  const selected: Dataset = { count, inputSize, inputs, labels, classes: dataset.classes };
  if (targets) {
    selected.targets = targets;
    selected.targetSize = targetSize;
  }
  return selected;
}

/** n_c, the number of samples of each class c = 0 … classes−1. */
export function countClasses(dataset: Dataset): Int32Array {
  const counts = new Int32Array(dataset.classes);
  for (let index = 0; index < dataset.count; index++) counts[dataset.labels[index]]++;
  return counts;
}

/**
 * Splits once, by `seed`, into train and validation. For classification the split is
 * stratified: each class c gives round(n_c · validationFraction) samples to validation, so
 * both parts keep the class balance; with one class (regression) it is a plain random split.
 * Each part's order is shuffled. `validationFraction` is clamped to [0, 1].
 */
export function splitDataset(dataset: Dataset, validationFraction: number, seed: number): SplitDataset {
  const random = makeRandom(seed);
  const fraction = Math.min(1, Math.max(0, Number.isFinite(validationFraction) ? validationFraction : 0));
  const byClass: number[][] = Array.from({ length: Math.max(1, dataset.classes) }, () => []);
  for (let index = 0; index < dataset.count; index++) {
    byClass[dataset.classes > 1 ? dataset.labels[index] : 0].push(index);
  }
  const train: number[] = [];
  const validation: number[] = [];
  for (const members of byClass) {
    random.shuffle(members);
    const taken = Math.round(members.length * fraction);
    validation.push(...members.slice(0, taken));
    train.push(...members.slice(taken));
  }
  return {
    train: selectSamples(dataset, random.shuffle(train)),
    validation: selectSamples(dataset, random.shuffle(validation)),
  };
}
