/**
 * h·W for a dense layer, with a gradient made of plain products. tfjs's own gradient of matMul
 * multiplies by transposed operands (matMul(a, b, transposeA, transposeB)), which the wasm
 * backend runs in a scalar triple loop; only a product of untransposed operands goes to
 * XNNPACK. Transposing first costs one pass over the operand and made an update of
 * 784-128-128-10 at batch 64 several times faster on wasm. The cpu backend sums in the same
 * order either way, so its results do not change.
 */
import * as tf from '@tensorflow/tfjs';

/** h·W whose gradient flows to W and to h: ∂/∂W = hᵀ·dy, ∂/∂h = dy·Wᵀ. */
const hiddenProduct = tf.customGrad((inputs, weights, save) => {
  const [h, w] = [inputs as tf.Tensor2D, weights as tf.Tensor2D];
  (save as tf.GradSaveFunc)([h, w]);
  return {
    value: tf.matMul(h, w),
    gradFunc: (dy, [savedInputs, savedWeights]) => [
      tf.matMul(dy as tf.Tensor2D, tf.transpose(savedWeights)),
      tf.matMul(tf.transpose(savedInputs), dy as tf.Tensor2D),
    ],
  };
});

/**
 * z = h·W (before the bias). For the first layer, whose h is the data and needs no gradient,
 * `inputsNeedGradient` false skips dy·Wᵀ, the largest product of the backward pass there.
 */
export function multiplyByWeights(inputs: tf.Tensor2D, weights: tf.Tensor2D, inputsNeedGradient: boolean): tf.Tensor2D {
  if (inputsNeedGradient) return hiddenProduct(inputs, weights) as tf.Tensor2D;
  const firstProduct = tf.customGrad((w) => {
    return {
      value: tf.matMul(inputs, w as tf.Tensor2D),
      gradFunc: (dy) => [tf.matMul(tf.transpose(inputs), dy as tf.Tensor2D)],
    };
  });
  return firstProduct(weights) as tf.Tensor2D;
}
