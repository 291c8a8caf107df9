/**
 * f and f′ of lib/nn/activations.ts applied to whole arrays, one loop per activation. Each
 * loop is its own function, so the call inside it always meets the same f and the JIT inlines
 * it; one shared loop calling `layer.activation.output` saw every activation the page had
 * trained with and ran 2–3× slower once it had seen a few.
 */
import { ACTIVATIONS } from '../activations';
import type { Activation } from '../spec';

/** The array forms of one activation f. */
export interface ActivationLoops {
  /** h_i = f(z_i) for i < size. */
  apply(preactivations: Float32Array, activations: Float32Array, size: number): void;
  /** δ_i ← δ_i · f′(z_i, h_i) for i < size (f′ = 1 leaves δ as it is). */
  scaleByDerivative(preactivations: Float32Array, activations: Float32Array, delta: Float32Array, size: number): void;
}

/** Every activation's loops, by name. */
export const ACTIVATION_LOOPS: Record<Activation, ActivationLoops> = {
  linear: {
    apply(preactivations, activations, size) {
      for (let index = 0; index < size; index++) activations[index] = preactivations[index];
    },
    scaleByDerivative() {
      // f′ = 1.
    },
  },
  relu: {
    apply(preactivations, activations, size) {
      const output = ACTIVATIONS.relu.output;
      for (let index = 0; index < size; index++) activations[index] = output(preactivations[index]);
    },
    scaleByDerivative(preactivations, activations, delta, size) {
      const derivative = ACTIVATIONS.relu.derivative;
      for (let index = 0; index < size; index++) delta[index] *= derivative(preactivations[index], activations[index]);
    },
  },
  tanh: {
    apply(preactivations, activations, size) {
      const output = ACTIVATIONS.tanh.output;
      for (let index = 0; index < size; index++) activations[index] = output(preactivations[index]);
    },
    scaleByDerivative(preactivations, activations, delta, size) {
      const derivative = ACTIVATIONS.tanh.derivative;
      for (let index = 0; index < size; index++) delta[index] *= derivative(preactivations[index], activations[index]);
    },
  },
  sigmoid: {
    apply(preactivations, activations, size) {
      const output = ACTIVATIONS.sigmoid.output;
      for (let index = 0; index < size; index++) activations[index] = output(preactivations[index]);
    },
    scaleByDerivative(preactivations, activations, delta, size) {
      const derivative = ACTIVATIONS.sigmoid.derivative;
      for (let index = 0; index < size; index++) delta[index] *= derivative(preactivations[index], activations[index]);
    },
  },
  leakyRelu: {
    apply(preactivations, activations, size) {
      const output = ACTIVATIONS.leakyRelu.output;
      for (let index = 0; index < size; index++) activations[index] = output(preactivations[index]);
    },
    scaleByDerivative(preactivations, activations, delta, size) {
      const derivative = ACTIVATIONS.leakyRelu.derivative;
      for (let index = 0; index < size; index++) delta[index] *= derivative(preactivations[index], activations[index]);
    },
  },
  gelu: {
    apply(preactivations, activations, size) {
      const output = ACTIVATIONS.gelu.output;
      for (let index = 0; index < size; index++) activations[index] = output(preactivations[index]);
    },
    scaleByDerivative(preactivations, activations, delta, size) {
      const derivative = ACTIVATIONS.gelu.derivative;
      for (let index = 0; index < size; index++) delta[index] *= derivative(preactivations[index], activations[index]);
    },
  },
};
