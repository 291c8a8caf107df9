/**
 * The network's formulas as tfjs ops, matching lib/nn/activations.ts, heads.ts and losses.ts
 * term for term. Call these inside tf.tidy (or a gradient function): they create tensors.
 */
import * as tf from '@tensorflow/tfjs';
import { GELU_CUBIC, GELU_SCALE, LEAKY_RELU_SLOPE } from '../activations';
import type { LayerShape } from '../layers';
import type { LossKind } from '../losses';
import type { Activation, Head } from '../spec';
import { multiplyByWeights } from './products';

/** f(z) on tensors; tfjs's own gradients of these ops give f′ as in ACTIVATIONS. */
export const TENSOR_ACTIVATIONS: Record<Activation, (input: tf.Tensor) => tf.Tensor> = {
  linear: (input) => input,
  relu: (input) => tf.relu(input),
  tanh: (input) => tf.tanh(input),
  sigmoid: (input) => tf.sigmoid(input),
  leakyRelu: (input) => tf.leakyRelu(input, LEAKY_RELU_SLOPE),
  // GELU, tanh approximation: ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))).
  gelu: (input) => {
    const cubed = tf.mul(tf.mul(input, input), input);
    const inner = tf.mul(tf.add(input, tf.mul(cubed, GELU_CUBIC)), GELU_SCALE);
    return tf.mul(tf.mul(input, 0.5), tf.add(tf.tanh(inner), 1));
  },
};

/** ŷ = g(z): σ elementwise, softmax per row, or z. */
export function applyTensorHead(head: Head, logits: tf.Tensor2D): tf.Tensor2D {
  if (head === 'sigmoid') return tf.sigmoid(logits);
  if (head === 'softmax') return tf.softmax(logits);
  return logits;
}

/** Binary cross-entropy from logits, mean over rows, with gradient (σ(z) − y)/n. */
const binaryCrossEntropy = tf.customGrad((logits, targets, save) => {
  const [z, y] = [logits as tf.Tensor2D, targets as tf.Tensor2D];
  (save as tf.GradSaveFunc)([z, y]);
  const perEntry = tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
  const value = tf.div(tf.sum(perEntry), z.shape[0]);
  return {
    value,
    gradFunc: (dy, [savedLogits, savedTargets]) => [
      tf.mul(dy, tf.div(tf.sub(tf.sigmoid(savedLogits), savedTargets), savedLogits.shape[0])),
      tf.zerosLike(savedTargets),
    ],
  };
});

/** Categorical cross-entropy from logits, mean over rows, with gradient (softmax(z) − y)/n. */
const categoricalCrossEntropy = tf.customGrad((logits, targets, save) => {
  const [z, y] = [logits as tf.Tensor2D, targets as tf.Tensor2D];
  (save as tf.GradSaveFunc)([z, y]);
  const perRow = tf.sub(tf.logSumExp(z, 1), tf.sum(tf.mul(y, z), 1));
  const value = tf.div(tf.sum(perRow), z.shape[0]);
  return {
    value,
    gradFunc: (dy, [savedLogits, savedTargets]) => [
      tf.mul(dy, tf.div(tf.sub(tf.softmax(savedLogits), savedTargets), savedLogits.shape[0])),
      tf.zerosLike(savedTargets),
    ],
  };
});

/** L of lib/nn/losses.ts on tensors: from the logits for cross-entropy, from ŷ for MSE. */
export function computeTensorLoss(kind: LossKind, head: Head, logits: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  if (kind === 'binaryCrossEntropy') return binaryCrossEntropy(logits, targets) as tf.Scalar;
  if (kind === 'categoricalCrossEntropy') return categoricalCrossEntropy(logits, targets) as tf.Scalar;
  return tf.mean(tf.square(tf.sub(applyTensorHead(head, logits), targets)));
}

/** (λ/2)·Σ_l Σ W_l². */
export function computeTensorPenalty(weights: tf.Tensor[], lambda: number): tf.Scalar {
  const sums = weights.map((matrix) => tf.sum(tf.square(matrix)));
  return tf.mul(tf.addN(sums), lambda / 2);
}

/** One layer's tensors: W_l (inputs × units) and b_l (units) or null. */
export interface TensorLayer {
  shape: LayerShape;
  weights: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable<tf.Rank.R1> | null;
}

/** z_l for l = 1 … L and h_l (after f and the mask) for the hidden layers. */
export interface TensorForward {
  /** f_l(z_l) per hidden layer, before dropout. */
  hidden: tf.Tensor2D[];
  logits: tf.Tensor2D;
}

/** Runs every layer: z_l = h_{l−1} W_l + b_l, h_l = f_l(z_l) ⊙ m_l; returns the logits z_L. */
export function forwardTensors(layers: TensorLayer[], inputs: tf.Tensor2D, masks: tf.Tensor2D[] | null): TensorForward {
  const hidden: tf.Tensor2D[] = [];
  let current = inputs;
  for (let index = 0; index < layers.length; index++) {
    const layer = layers[index];
    const product = multiplyByWeights(current, layer.weights, index > 0);
    const preactivation = (layer.bias ? tf.add(product, layer.bias) : product) as tf.Tensor2D;
    if (layer.shape.isOutput) return { hidden, logits: preactivation };
    const activation = TENSOR_ACTIVATIONS[layer.shape.activation](preactivation) as tf.Tensor2D;
    hidden.push(activation);
    current = masks ? tf.mul(activation, masks[index]) : activation;
  }
  throw new Error('A network ends with its output layer.');
}
