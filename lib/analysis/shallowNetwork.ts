/**
 * A one-hidden-layer ReLU network on one input, read as a sum of hinges:
 *   N(x) = c + Σ_i v_i · ReLU(w_i·x + b_i),
 * unit i bending at x = −b_i / w_i. Weights are lib/nn/spec.ts's NetworkWeights (a hidden layer
 * of 1 × n and an output layer of n × 1), whether trained or constructed.
 */
import type { NetworkWeights } from '../nn/spec';

/** Whether `weights` are one hidden layer of n units on one input, with a scalar output. */
export function isShallowNetwork(weights: NetworkWeights | undefined, units?: number): weights is NetworkWeights {
  if (!weights || weights.length !== 2) return false;
  const [hidden, output] = weights;
  return hidden.inputSize === 1 && output.units === 1 && output.inputSize === hidden.units && (units === undefined || hidden.units === units);
}

/** Unit i's contribution v_i · ReLU(w_i·x + b_i) at x. */
export function unitContribution(weights: NetworkWeights, unit: number, x: number): number {
  const [hidden, output] = weights;
  const preActivation = hidden.weights[unit] * x + (hidden.bias ? hidden.bias[unit] : 0);
  return preActivation > 0 ? output.weights[unit] * preActivation : 0;
}

/** N(x) = c + Σ_i v_i · ReLU(w_i·x + b_i). */
export function evaluateShallow(weights: NetworkWeights, x: number): number {
  const [hidden, output] = weights;
  let sum = output.bias ? output.bias[0] : 0;
  for (let unit = 0; unit < hidden.units; unit++) sum += unitContribution(weights, unit, x);
  return sum;
}

/** Where unit i bends, −b_i / w_i, or null when w_i = 0 (a constant unit, no bend). */
export function hingePosition(weights: NetworkWeights, unit: number): number | null {
  const [hidden] = weights;
  const slope = hidden.weights[unit];
  if (slope === 0 || !Number.isFinite(slope)) return null;
  return -(hidden.bias ? hidden.bias[unit] : 0) / slope;
}

/** The distance between N and f on [low, high], measured on a dense grid of `count` points. */
export interface FitError {
  /** max_x |N(x) − f(x)|, the uniform error the theorem bounds. */
  maxError: number;
  /** √(mean (N(x) − f(x))²). */
  rmsError: number;
}

/** max and root-mean-square of |g(x) − f(x)| over `count` evenly spaced x in [low, high], ends included. */
export function measureFitError(g: (x: number) => number, f: (x: number) => number, low: number, high: number, count = 1001): FitError {
  let maxError = 0;
  let squares = 0;
  for (let index = 0; index < count; index++) {
    const x = low + ((high - low) * index) / (count - 1);
    const error = Math.abs(g(x) - f(x));
    maxError = Math.max(maxError, error);
    squares += error * error;
  }
  return { maxError, rmsError: Math.sqrt(squares / count) };
}
