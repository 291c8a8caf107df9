/**
 * The optimisers of lib/nn/optimisers.ts on tensors, written out op by op (rather than
 * tf.train.*) so that they follow the typed engine's formulas exactly, and so that an update
 * can be proposed, checked for finiteness, and only then committed. Call inside tf.tidy.
 */
import * as tf from '@tensorflow/tfjs';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, adamCorrections, OPTIMISER_SLOTS } from '../optimisers';
import type { UpdateSettings } from '../engine.types';

/** New values θ' and optimiser state for every parameter, not yet applied. */
export type TensorProposal = {
  values: tf.Tensor[];
  /** Per parameter: [v] for sgd, [m, s] for adam. */
  slots: tf.Tensor[][];
};

/** v ← μv + g; θ ← θ − ηv (with μ = 0, v is g itself: two kernels fewer). */
function proposeSgd(value: tf.Tensor, gradient: tf.Tensor, [velocity]: tf.Tensor[], settings: UpdateSettings) {
  const nextVelocity = settings.momentum === 0 ? gradient : tf.add(tf.mul(velocity, settings.momentum), gradient);
  return { value: tf.sub(value, tf.mul(nextVelocity, settings.learningRate)), slots: [nextVelocity] };
}

/** m ← β1m + (1 − β1)g; s ← β2s + (1 − β2)g²; θ ← θ − η·m̂/(√ŝ + ε). */
function proposeAdam(value: tf.Tensor, gradient: tf.Tensor, [first, second]: tf.Tensor[], settings: UpdateSettings, update: number) {
  const corrections = adamCorrections(update);
  const nextFirst = tf.add(tf.mul(first, ADAM_BETA1), tf.mul(gradient, 1 - ADAM_BETA1));
  const nextSecond = tf.add(tf.mul(second, ADAM_BETA2), tf.mul(tf.square(gradient), 1 - ADAM_BETA2));
  const firstCorrected = tf.div(nextFirst, corrections.first);
  const denominator = tf.add(tf.sqrt(tf.div(nextSecond, corrections.second)), ADAM_EPSILON);
  const step = tf.mul(tf.div(firstCorrected, denominator), settings.learningRate);
  return { value: tf.sub(value, step), slots: [nextFirst, nextSecond] };
}

/** Proposes update t (t ≥ 1) of every parameter from its gradient and state. */
export function proposeTensorUpdate(
  values: tf.Tensor[],
  gradients: tf.Tensor[],
  slots: tf.Tensor[][],
  settings: UpdateSettings,
  update: number,
): TensorProposal {
  const proposal: TensorProposal = { values: [], slots: [] };
  values.forEach((value, index) => {
    const next =
      settings.optimiser === 'adam'
        ? proposeAdam(value, gradients[index], slots[index], settings, update)
        : proposeSgd(value, gradients[index], slots[index], settings);
    proposal.values.push(next.value);
    proposal.slots.push(next.slots);
  });
  return proposal;
}

/** Zero state for `optimiser`: one tensor like θ per slot. Not inside tidy: the caller keeps these. */
export function createTensorSlots(values: tf.Tensor[], optimiser: UpdateSettings['optimiser']): tf.Tensor[][] {
  const count = OPTIMISER_SLOTS[optimiser];
  return values.map((value) => Array.from({ length: count }, () => tf.zerosLike(value)));
}
