/**
 * Activation functions f as {output, derivative} pairs, after tensorflow/playground's nn.ts.
 * Both engines follow these definitions: the typed engine calls them, the tfjs engine
 * builds the same formulas from tensor ops (lib/nn/tfjs/operations.ts).
 */
import type { Activation } from './spec';

/** An activation f and its derivative f′. */
export interface ActivationFunction {
  /** f(z). */
  output(input: number): number;
  /**
   * f′(z), given z and the output f(z) already computed, so that tanh (1 − f²) and
   * sigmoid (f·(1 − f)) need no second evaluation.
   */
  derivative(input: number, output: number): number;
}

/** The slope α of leakyRelu for z ≤ 0: f(z) = z for z > 0, α·z otherwise. */
export const LEAKY_RELU_SLOPE = 0.01;

/** √(2/π), the scale inside GELU's tanh approximation. */
export const GELU_SCALE = Math.sqrt(2 / Math.PI);

/** The cubic coefficient 0.044715 of GELU's tanh approximation. */
export const GELU_CUBIC = 0.044715;

/** σ(z) = 1 / (1 + e^{−z}); for very negative z, e^{−z} = ∞ gives exactly 0, never NaN. */
export function logistic(input: number): number {
  return 1 / (1 + Math.exp(-input));
}

/**
 * tanh(z) to float32 precision: Eigen's rational approximation z·p(z²)/q(z²) (degrees 13/6)
 * on z clamped to [−9, 9], within 6e-8 of Math.tanh (one float32 ulp) and about 3× faster,
 * which matters in the typed engine's inner loop. It is odd, so tanh(0) = 0 exactly, and
 * |tanh(z)| < 1 everywhere, so 1 − tanh² stays positive.
 */
export function tanhFloat32(input: number): number {
  const z = input > 9 ? 9 : input < -9 ? -9 : input;
  const z2 = z * z;
  let numerator = -2.76076847742355e-16;
  numerator = numerator * z2 + 2.00018790482477e-13;
  numerator = numerator * z2 - 8.60467152213735e-11;
  numerator = numerator * z2 + 5.12229709037114e-8;
  numerator = numerator * z2 + 1.48572235717979e-5;
  numerator = numerator * z2 + 6.37261928875436e-4;
  numerator = numerator * z2 + 4.89352455891786e-3;
  let denominator = 1.19825839466702e-6;
  denominator = denominator * z2 + 1.18534705686654e-4;
  denominator = denominator * z2 + 2.268434632439e-3;
  denominator = denominator * z2 + 4.89352518554385e-3;
  return (z * numerator) / denominator;
}

/**
 * GELU, tanh approximation (Hendrycks & Gimpel 2016):
 * f(z) = ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))).
 */
function geluOutput(input: number): number {
  return 0.5 * input * (1 + Math.tanh(GELU_SCALE * (input + GELU_CUBIC * input * input * input)));
}

/** f′(z) = ½(1 + t) + ½·z·(1 − t²)·√(2/π)·(1 + 3·0.044715·z²), with t the tanh above. */
function geluDerivative(input: number): number {
  const squared = input * input;
  const t = Math.tanh(GELU_SCALE * (input + GELU_CUBIC * squared * input));
  return 0.5 * (1 + t) + 0.5 * input * (1 - t * t) * GELU_SCALE * (1 + 3 * GELU_CUBIC * squared);
}

/** Every activation by name. Derivatives at the kinks take the right-hand value only for z > 0. */
export const ACTIVATIONS: Record<Activation, ActivationFunction> = {
  linear: {
    output: (input) => input,
    derivative: () => 1,
  },
  relu: {
    output: (input) => (input > 0 ? input : 0),
    derivative: (input) => (input > 0 ? 1 : 0),
  },
  tanh: {
    output: tanhFloat32,
    derivative: (_input, output) => 1 - output * output,
  },
  sigmoid: {
    output: logistic,
    derivative: (_input, output) => output * (1 - output),
  },
  leakyRelu: {
    output: (input) => (input > 0 ? input : LEAKY_RELU_SLOPE * input),
    derivative: (input) => (input > 0 ? 1 : LEAKY_RELU_SLOPE),
  },
  gelu: {
    output: geluOutput,
    derivative: (input) => geluDerivative(input),
  },
};
