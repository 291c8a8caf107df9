/**
 * What a snapshot measures on the training and validation sets: on which samples, how
 * accuracy is counted, and what is reported when a measurement is not finite.
 */
import type { SplitDataset } from '../data/dataset';
import type { Random } from '../random';
import { createResidentBlock, type DataBlock } from './dataBlock';
import type { Engine } from './engine.types';
import type { LossKind } from './losses';
import type { ModelSpec } from './spec';
import { FLOAT32_MAX } from './weights';

/**
 * Sets larger than this are evaluated on a fixed seeded subset of this many samples, so that a
 * snapshot's cost stays bounded (the subset is drawn once per seed and kept).
 */
export const EVALUATION_LIMIT = 2000;

/** A set's data loss L and accuracy (null for regression). */
export interface Measurement {
  loss: number;
  accuracy: number | null;
}

/** Both sets' measurements; `finite` is false when they are stand-ins for non-finite values. */
export interface Measurements {
  train: Measurement;
  validation: Measurement;
  finite: boolean;
}

/** The evaluation sets of a session and the last finite measurement of them. */
export interface Evaluation {
  /** The training and validation blocks evaluated (resident: engines may keep them). */
  blocks: [DataBlock, DataBlock];
  /**
   * Measures both sets. When a loss is not finite it returns the last finite measurements
   * instead (or FLOAT32_MAX as the loss if there were none) and `finite: false`.
   */
  measure(engine: Engine, loss: LossKind): Measurements;
}

/** Null (use every sample) for sets of at most `limit`; else `limit` distinct indices, sorted. */
export function chooseEvaluationIndices(count: number, random: Random, limit = EVALUATION_LIMIT): Int32Array | null {
  if (count <= limit) return null;
  const order = new Int32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  // A partial Fisher–Yates: the first `limit` entries become a uniform sample without replacement.
  for (let index = 0; index < limit; index++) {
    const other = index + random.int(count - index);
    const held = order[index];
    order[index] = order[other];
    order[other] = held;
  }
  return order.slice(0, limit).sort();
}

/**
 * How many rows of ŷ name their label: with one output, class 1 when ŷ ≥ ½ (σ(z) ≥ ½ ⟺ z ≥ 0);
 * with k outputs, the arg max (the first on ties).
 */
export function countCorrect(outputs: ArrayLike<number>, labels: Int32Array, count: number, units: number): number {
  let correct = 0;
  for (let row = 0; row < count; row++) {
    if (predictClass(outputs, row * units, units) === labels[row]) correct++;
  }
  return correct;
}

function predictClass(outputs: ArrayLike<number>, start: number, units: number): number {
  if (units === 1) return outputs[start] >= 0.5 ? 1 : 0;
  let best = 0;
  for (let unit = 1; unit < units; unit++) {
    if (outputs[start + unit] > outputs[start + best]) best = unit;
  }
  return best;
}

/** The evaluation of `data` for `spec`; `trainBlock` (all training samples) is reused when small enough. */
export function createEvaluation(data: SplitDataset, spec: ModelSpec, trainBlock: DataBlock, random: Random): Evaluation {
  const trainIndices = chooseEvaluationIndices(data.train.count, random);
  const validationIndices = chooseEvaluationIndices(data.validation.count, random);
  const blocks: [DataBlock, DataBlock] = [
    trainIndices ? createResidentBlock(data.train, spec, trainIndices) : trainBlock,
    createResidentBlock(data.validation, spec, validationIndices),
  ];
  const regression = data.train.targets !== undefined;
  let lastFinite: Measurements | null = null;

  function measureBlock(engine: Engine, loss: LossKind, block: DataBlock): Measurement {
    if (block.count === 0) return { loss: 0, accuracy: null };
    const result = engine.evaluate(block, loss);
    const correct = countCorrect(result.outputs, block.labels, block.count, spec.outputSize);
    return { loss: result.loss, accuracy: regression ? null : correct / block.count };
  }

  return {
    blocks,
    measure(engine, loss) {
      const train = measureBlock(engine, loss, blocks[0]);
      const validation = measureBlock(engine, loss, blocks[1]);
      if (Number.isFinite(train.loss) && Number.isFinite(validation.loss)) {
        lastFinite = { train, validation, finite: true };
        return lastFinite;
      }
      const fallback = lastFinite ?? {
        train: { ...train, loss: FLOAT32_MAX },
        validation: { ...validation, loss: FLOAT32_MAX },
      };
      return { train: fallback.train, validation: fallback.validation, finite: false };
    },
  };
}
