/**
 * Inverted dropout masks, drawn in shared code from lib/random so that both engines drop the
 * same units: during training h_l ← h_l ⊙ m_l with m_l,ij = 0 with probability p and
 * 1/(1 − p) otherwise, so E[h_l ⊙ m_l] = h_l and evaluation needs no rescaling.
 */
import type { LayerShape } from './layers';
import type { Random } from '../random';

/** One mask per hidden layer, each count × units, row-major. */
export type DropoutMasks = Float32Array[];

/** Allocates masks for a batch of `count` samples over the hidden layers among `layers`. */
export function createDropoutMasks(layers: LayerShape[], count: number): DropoutMasks {
  return layers.filter((layer) => !layer.isOutput).map((layer) => new Float32Array(count * layer.units));
}

/**
 * Fills every mask for dropout rate p, layer by layer in row-major order: an entry is 0 when
 * the draw u ~ U[0, 1) falls below p, else 1/(1 − p).
 */
export function fillDropoutMasks(random: Random, masks: DropoutMasks, rate: number): void {
  const kept = Math.fround(1 / (1 - rate));
  for (let layer = 0; layer < masks.length; layer++) {
    const mask = masks[layer];
    for (let index = 0; index < mask.length; index++) mask[index] = random.next() < rate ? 0 : kept;
  }
}
