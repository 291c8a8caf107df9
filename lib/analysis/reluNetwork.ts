/**
 * The piecewise-linear networks the region counters analyse: hidden layers
 * h_l = ReLU(h_{l−1} W_l + b_l), and a linear output layer y = h_{L−1} W_L + b_L.
 * Weights are lib/nn/spec.ts's LayerWeights (W row-major, inputs × units).
 */
import type { LayerWeights } from '../nn/spec';

/**
 * An affine map of a low-dimensional input z ∈ ℝ^k (k = 1 for a segment, 2 for the plane):
 * for each of `units` outputs, value_u(z) = offset[u] + Σ_i z_i · slopes[u·k + i].
 */
export interface AffineMap {
  units: number;
  inputDimension: number;
  offset: Float64Array;
  /** Row-major units × inputDimension. */
  slopes: Float64Array;
}

/** The identity-like map z ↦ origin + z·directions (directions: k rows of d entries). */
export function makeInputMap(origin: ArrayLike<number>, directions: ArrayLike<number>[]): AffineMap {
  const units = origin.length;
  const inputDimension = directions.length;
  const slopes = new Float64Array(units * inputDimension);
  directions.forEach((direction, axis) => {
    for (let unit = 0; unit < units; unit++) slopes[unit * inputDimension + axis] = direction[unit];
  });
  return { units, inputDimension, offset: Float64Array.from(origin), slopes };
}

/** The pre-activations a_l = h_{l−1} W_l + b_l as an affine map, given h_{l−1} as one. */
export function applyLayer(previous: AffineMap, layer: LayerWeights): AffineMap {
  const { inputDimension } = previous;
  const offset = new Float64Array(layer.units);
  const slopes = new Float64Array(layer.units * inputDimension);
  for (let unit = 0; unit < layer.units; unit++) offset[unit] = layer.bias ? layer.bias[unit] : 0;
  for (let input = 0; input < layer.inputSize; input++) {
    const inputOffset = previous.offset[input];
    for (let unit = 0; unit < layer.units; unit++) {
      const weight = layer.weights[input * layer.units + unit];
      if (weight === 0) continue;
      offset[unit] += inputOffset * weight;
      for (let axis = 0; axis < inputDimension; axis++) {
        slopes[unit * inputDimension + axis] += previous.slopes[input * inputDimension + axis] * weight;
      }
    }
  }
  return { units: layer.units, inputDimension, offset, slopes };
}

/** h = ReLU(a) on a region where the pattern (1 = active) is fixed: inactive units become 0. */
export function applyPattern(preActivation: AffineMap, pattern: Uint8Array): AffineMap {
  const offset = preActivation.offset.slice();
  const slopes = preActivation.slopes.slice();
  const { inputDimension } = preActivation;
  for (let unit = 0; unit < preActivation.units; unit++) {
    if (pattern[unit]) continue;
    offset[unit] = 0;
    slopes.fill(0, unit * inputDimension, (unit + 1) * inputDimension);
  }
  return { ...preActivation, offset, slopes };
}

/** The network's output y(x) for one input x (hidden layers ReLU, the last layer linear). */
export function evaluateReluNetwork(layers: LayerWeights[], input: ArrayLike<number>): Float64Array {
  let activation = Float64Array.from(input);
  layers.forEach((layer, index) => {
    const next = new Float64Array(layer.units);
    for (let unit = 0; unit < layer.units; unit++) next[unit] = layer.bias ? layer.bias[unit] : 0;
    for (let inputIndex = 0; inputIndex < layer.inputSize; inputIndex++) {
      const value = activation[inputIndex];
      for (let unit = 0; unit < layer.units; unit++) next[unit] += value * layer.weights[inputIndex * layer.units + unit];
    }
    if (index < layers.length - 1) for (let unit = 0; unit < layer.units; unit++) next[unit] = Math.max(0, next[unit]);
    activation = next;
  });
  return activation;
}

/** The hidden layers (all but the last): the ones whose ReLUs cut the input space. */
export function hiddenLayers(layers: LayerWeights[]): LayerWeights[] {
  return layers.slice(0, Math.max(0, layers.length - 1));
}
