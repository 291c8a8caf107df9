/**
 * Small helpers over `NetworkWeights` that both engines and the session share: copying,
 * checking shapes and finiteness, and norms.
 */
import type { LayerShape } from './layers';
import type { NetworkWeights } from './spec';

/** The largest finite float32, 3.4028234663852886e38. Past it a float32 is ±∞. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** Whether x is finite and survives rounding to float32 (|x| ≤ FLOAT32_MAX). */
export function isFiniteFloat32(value: number): boolean {
  return value <= FLOAT32_MAX && value >= -FLOAT32_MAX;
}

/** A deep copy of `weights`: new arrays, same numbers. */
export function cloneWeights(weights: NetworkWeights): NetworkWeights {
  return weights.map((layer) => ({
    inputSize: layer.inputSize,
    units: layer.units,
    weights: layer.weights.slice(),
    bias: layer.bias ? layer.bias.slice() : null,
  }));
}

/** Throws unless `weights` has exactly the layers, shapes and biases of `layers`. */
export function assertWeightsMatch(layers: LayerShape[], weights: NetworkWeights): void {
  if (weights.length !== layers.length) {
    throw new Error(`Expected weights for ${layers.length} layers, got ${weights.length}.`);
  }
  layers.forEach((shape, index) => {
    const layer = weights[index];
    const sizeMatches =
      layer.inputSize === shape.inputSize &&
      layer.units === shape.units &&
      layer.weights.length === shape.inputSize * shape.units;
    const biasMatches = shape.useBias ? layer.bias?.length === shape.units : layer.bias === null;
    if (!sizeMatches || !biasMatches) {
      throw new Error(`Weights of layer ${index + 1} do not match its shape.`);
    }
  });
}

/** Whether every entry of `values` is a finite number. */
export function isFiniteArray(values: ArrayLike<number>): boolean {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!(value <= FLOAT32_MAX && value >= -FLOAT32_MAX)) return false;
  }
  return true;
}

/** Whether every weight and bias is finite. */
export function areWeightsFinite(weights: NetworkWeights): boolean {
  return weights.every((layer) => isFiniteArray(layer.weights) && (!layer.bias || isFiniteArray(layer.bias)));
}

/** ‖v‖₂ = sqrt(Σ v_i²), accumulated in float64. */
export function euclideanNorm(values: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index] * values[index];
  return Math.sqrt(sum);
}

/**
 * Replaces what must never leave the core: NaN becomes 0 and ±∞ becomes ±FLOAT32_MAX, in place.
 * Returns whether anything was replaced.
 */
export function replaceNonFinite(values: Float32Array): boolean {
  let replaced = false;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value <= FLOAT32_MAX && value >= -FLOAT32_MAX) continue;
    values[index] = Number.isNaN(value) ? 0 : Math.sign(value) * FLOAT32_MAX;
    replaced = true;
  }
  return replaced;
}
