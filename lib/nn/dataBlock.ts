/**
 * Data as the engines read it: X (count × d) and the targets Y (count × k) the loss compares
 * the outputs with, row-major, plus the class labels that accuracy needs.
 */
import type { Dataset } from '../data/dataset';
import type { ModelSpec } from './spec';

/** n samples as X, Y and labels; `resident` blocks never change. */
export interface DataBlock {
  count: number;
  inputSize: number;
  /** X, count × inputSize. */
  inputs: Float32Array;
  /** Y, count × outputSize. */
  targets: Float32Array;
  /** Class labels (classification), count entries. */
  labels: Int32Array;
  /** True when the contents never change, so an engine may keep its own copy (tfjs: tensors). */
  resident: boolean;
}

/**
 * Y for `dataset`: its regression targets when it has them; else the label itself as a
 * number for a single output (sigmoid: y ∈ {0, 1}); else one-hot rows over the k outputs.
 */
export function buildTargets(dataset: Dataset, spec: ModelSpec): Float32Array {
  const units = spec.outputSize;
  if (dataset.targets) {
    if ((dataset.targetSize ?? 1) !== units) {
      throw new Error(`The data has ${dataset.targetSize ?? 1} targets per sample, the model ${units} outputs.`);
    }
    return dataset.targets.slice(0, dataset.count * units);
  }
  const targets = new Float32Array(dataset.count * units);
  for (let sample = 0; sample < dataset.count; sample++) {
    const label = dataset.labels[sample];
    if (units === 1) targets[sample] = label;
    else if (label >= 0 && label < units) targets[sample * units + label] = 1;
  }
  return targets;
}

/** A resident block of the samples `indices` of `dataset` (all of them, in order, when null). */
export function createResidentBlock(dataset: Dataset, spec: ModelSpec, indices: Int32Array | null): DataBlock {
  if (dataset.inputSize !== spec.inputSize) {
    throw new Error(`The data has ${dataset.inputSize} features, the model ${spec.inputSize} inputs.`);
  }
  const whole: DataBlock = {
    count: dataset.count,
    inputSize: dataset.inputSize,
    inputs: dataset.inputs.slice(0, dataset.count * dataset.inputSize),
    targets: buildTargets(dataset, spec),
    labels: dataset.labels.slice(0, dataset.count),
    resident: true,
  };
  if (!indices) return whole;
  const subset = createBatchBlock(spec, indices.length);
  gatherRows(whole, indices, 0, subset);
  return { ...subset, resident: true };
}

/** An empty, non-resident block for batches of `count` samples, refilled by `gatherRows`. */
export function createBatchBlock(spec: ModelSpec, count: number): DataBlock {
  return {
    count,
    inputSize: spec.inputSize,
    inputs: new Float32Array(count * spec.inputSize),
    targets: new Float32Array(count * spec.outputSize),
    labels: new Int32Array(count),
    resident: false,
  };
}

/** Copies the rows order[start … start + batch.count − 1] of `source` into `batch`. */
export function gatherRows(source: DataBlock, order: Int32Array, start: number, batch: DataBlock): void {
  const inputSize = source.inputSize;
  const units = source.targets.length / source.count;
  for (let row = 0; row < batch.count; row++) {
    const sample = order[start + row];
    batch.labels[row] = source.labels[sample];
    for (let feature = 0; feature < inputSize; feature++) {
      batch.inputs[row * inputSize + feature] = source.inputs[sample * inputSize + feature];
    }
    for (let unit = 0; unit < units; unit++) {
      batch.targets[row * units + unit] = source.targets[sample * units + unit];
    }
  }
}
