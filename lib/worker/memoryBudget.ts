/**
 * The fixed memory budget of one training run. Sizes in a URL are clamped by each demo's schema;
 * this is the worker's own limit behind those clamps, so that no URL, and no future schema with a
 * careless maximum, can make a demo allocate more. A run over budget is refused with a message
 * that says how much it asked for.
 */
import { countMultiplyAdds } from '../nn/layers';
import type { HyperParameters } from '../nn/session.types';
import type { ModelSpec } from '../nn/spec';
import type { SplitDataset } from '../data/dataset';
import { samplesPerUpdate } from '../nn/engineChoice';

/** Bytes one training run may hold: weights, optimiser state, activations and its data. */
export const MEMORY_BUDGET_BYTES = 64 * 1024 * 1024;

/** The samples whose activations a snapshot may evaluate at once (losses use ≤ 2,000). */
const EVALUATION_SAMPLES = 2000;

/**
 * About the bytes a run holds at its peak, in float32: parameters four times (weights,
 * gradients, Adam's two moments), every layer's pre- and post-activation and its gradient for a
 * batch or an evaluation pass, whichever is larger, and the data sets themselves.
 */
export function estimateRunBytes(spec: ModelSpec, hyper: Pick<HyperParameters, 'batchSize'>, data: SplitDataset): number {
  const units = spec.hidden.reduce((sum, layer) => sum + layer.units, 0) + spec.outputSize + spec.inputSize;
  // Weights plus at most one bias per unit.
  const parameters = countMultiplyAdds(spec) + units;
  const rows = Math.max(samplesPerUpdate(hyper.batchSize, data.train.count), Math.min(EVALUATION_SAMPLES, data.train.count + data.validation.count));
  const dataValues = [data.train, data.validation].reduce((sum, set) => sum + set.count * (set.inputSize + (set.targetSize ?? 1)), 0);
  return 4 * (4 * parameters + 3 * rows * units + dataValues);
}

/** Throws, saying why, when a run would go over the budget. */
export function checkMemoryBudget(spec: ModelSpec, hyper: Pick<HyperParameters, 'batchSize'>, data: SplitDataset, budget = MEMORY_BUDGET_BYTES): void {
  const bytes = estimateRunBytes(spec, hyper, data);
  if (bytes > budget) {
    const mb = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`;
    throw new Error(`this network and data need about ${mb(bytes)}, over the ${mb(budget)} a demo may use`);
  }
}
