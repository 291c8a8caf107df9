/**
 * The two optimisers, as both engines implement them (lib/nn/typed/optimisers.ts on arrays,
 * lib/nn/tfjs/optimisers.ts on tensors), for a parameter θ with gradient g at update t = 1, 2, …:
 *
 *   sgd (momentum μ, as tf.train.momentum):  v ← μ·v + g;  θ ← θ − η·v          (μ = 0: plain SGD)
 *   adam (Kingma & Ba 2015):                 m ← β1·m + (1 − β1)·g;  s ← β2·s + (1 − β2)·g²;
 *                                            θ ← θ − η·(m / (1 − β1^t)) / (√(s / (1 − β2^t)) + ε)
 */
import type { Optimiser } from './session.types';

/** Adam's β1, the decay of the first moment m. */
export const ADAM_BETA1 = 0.9;
/** Adam's β2, the decay of the second moment s. */
export const ADAM_BETA2 = 0.999;
/** Adam's ε, added to √ŝ (tfjs's default, 1e-7). */
export const ADAM_EPSILON = 1e-7;

/** How many state arrays (each the size of θ) an optimiser keeps per parameter: v, or m and s. */
export const OPTIMISER_SLOTS: Record<Optimiser, number> = { sgd: 1, adam: 2 };

/** The bias corrections 1 − β1^t and 1 − β2^t of Adam's update t (t ≥ 1). */
export function adamCorrections(update: number): { first: number; second: number } {
  return { first: 1 - ADAM_BETA1 ** update, second: 1 - ADAM_BETA2 ** update };
}
