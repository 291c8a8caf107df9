/**
 * The layers of a `ModelSpec` as one list, hidden layers first and the output layer last, so
 * that engines loop over l = 1 … L without treating the output as a special case.
 */
import type { Activation, ModelSpec } from './spec';

/** Layer l: h_l = f_l(h_{l−1} W_l + b_l) with W_l of shape inputSize × units. */
export interface LayerShape {
  inputSize: number;
  units: number;
  /** f_l; the output layer is 'linear' here, its head is applied separately. */
  activation: Activation;
  useBias: boolean;
  /** Whether this is the output layer (its z_L are the logits the head reads). */
  isOutput: boolean;
}

/** The L layers of `spec`: the hidden layers, then the output layer (activation 'linear'). */
export function describeLayers(spec: ModelSpec): LayerShape[] {
  const layers: LayerShape[] = [];
  let inputSize = spec.inputSize;
  for (const hidden of spec.hidden) {
    layers.push({
      inputSize,
      units: hidden.units,
      activation: hidden.activation,
      useBias: hidden.useBias,
      isOutput: false,
    });
    inputSize = hidden.units;
  }
  layers.push({
    inputSize,
    units: spec.outputSize,
    activation: 'linear',
    useBias: spec.outputBias,
    isOutput: true,
  });
  return layers;
}

/** Σ_l in_l·out_l: the multiply-adds of one sample's forward pass (biases left out). */
export function countMultiplyAdds(spec: ModelSpec): number {
  let total = 0;
  for (const layer of describeLayers(spec)) total += layer.inputSize * layer.units;
  return total;
}

/** Throws a readable error unless every size in `spec` is a positive integer. */
export function assertValidSpec(spec: ModelSpec): void {
  const sizes = [spec.inputSize, spec.outputSize, ...spec.hidden.map((layer) => layer.units)];
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1) {
      throw new Error(`Layer sizes must be positive integers, got ${size}.`);
    }
  }
  if (spec.head === 'softmax' && spec.outputSize < 2) {
    throw new Error('A softmax head needs at least two outputs.');
  }
}
