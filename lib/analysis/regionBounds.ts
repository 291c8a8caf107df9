/**
 * How many linear regions ReLU networks can have: the one-layer maximum (hyperplane
 * arrangements, Zaslavsky 1975; Pascanu et al. 2013) and the depth construction that beats
 * it, the sawtooth (Telgarsky 2016; Montúfar et al. 2014).
 */
import type { LayerWeights } from '../nn/spec';

/** The binomial coefficient C(n, k) (0 outside 0 ≤ k ≤ n), exact for results below 2^53. */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  const smaller = Math.min(k, n - k);
  for (let index = 1; index <= smaller; index++) result = (result * (n - smaller + index)) / index;
  return Math.round(result);
}

/**
 * The most regions n hyperplanes can cut ℝ^d into, reached in general position:
 * Σ_{j=0}^{d} C(n, j). So one hidden layer of n ReLUs on d inputs has at most this many
 * linear regions (e.g. 37 for n = 8, d = 2; n + 1 for d = 1; 2^n once d ≥ n).
 */
export function maxRegionsOneLayer(n: number, d: number): number {
  let total = 0;
  for (let j = 0; j <= Math.min(n, d); j++) total += binomial(n, j);
  return total;
}

/** The k-fold composed tent map t^k on [0, 1] has 2^k linear pieces. */
export function sawtoothPieces(k: number): number {
  return 2 ** k;
}

/**
 * The sawtooth network: k hidden layers of 2 ReLUs each computing the tent map
 * t(z) = 2·ReLU(z) − 4·ReLU(z − ½) (t maps [0, 1] onto [0, 1], up then down), composed k
 * times, then a linear output y = t^k(x). On x ∈ [0, 1] it has 2^k linear pieces with only
 * 2k hidden units, where one layer of 2k units has at most 2k + 1.
 *
 * Layer 1: W = [1, 1], b = [0, −½]. Layers 2 … k take the previous two units and apply
 * t first, W = [[2, 2], [−4, −4]], b = [0, −½]. Output: W = [[2], [−4]], b = [0].
 */
export function makeSawtooth(k: number): LayerWeights[] {
  const depth = Math.max(1, Math.floor(k));
  const layers: LayerWeights[] = [
    { inputSize: 1, units: 2, weights: Float32Array.of(1, 1), bias: Float32Array.of(0, -0.5) },
  ];
  for (let layer = 1; layer < depth; layer++) {
    layers.push({ inputSize: 2, units: 2, weights: Float32Array.of(2, 2, -4, -4), bias: Float32Array.of(0, -0.5) });
  }
  layers.push({ inputSize: 2, units: 1, weights: Float32Array.of(2, -4), bias: Float32Array.of(0) });
  return layers;
}

/**
 * An upper bound on the linear regions of a ReLU network with hidden widths n_1 … n_L on
 * d inputs: ∏_l Σ_{j=0}^{d_l} C(n_l, j) with d_l = min(d, n_1, …, n_{l−1}) (Montúfar 2017;
 * Serra et al. 2018 tighten it). Why it holds: on each region left by layers 1 … l−1 the
 * network is affine, of rank at most d_l, so layer l's n_l hyperplanes cut it into at most
 * Σ_{j≤d_l} C(n_l, j) pieces. One layer gives `maxRegionsOneLayer`; for d = 1 it is ∏ (n_l + 1).
 */
export function maxRegionsDeep(widths: readonly number[], d: number): number {
  let bound = 1;
  let rank = d;
  for (const width of widths) {
    bound *= maxRegionsOneLayer(width, rank);
    rank = Math.min(rank, width);
  }
  return bound;
}
