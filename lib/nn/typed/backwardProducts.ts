/**
 * The backward products of the typed engine, each written the way its pass stores it:
 * ∂L/∂W = Xᵀ·δ + λW (gradients) and (δ·Wᵀ) ⊙ m (back-propagation).
 *
 * As in layerProduct.ts: sums in order, in float64, rounded once when stored; blocks of 2 × 4
 * outputs; no calls but monomorphic helpers, so the JIT keeps them fast on any network.
 */

/**
 * g_kj = fround(Σ_rows x_rk·δ_rj) (+ λ·w_kj, rounded as tfjs's separate kernels round) for X
 * count × inputSize and δ count × units, into `gradient` (inputSize × units). Returns Σ g².
 */
export function multiplyGradient(
  inputs: Float32Array, count: number, inputSize: number,
  delta: Float32Array, units: number, l2: number, weights: Float32Array, gradient: Float32Array,
): number {
  let squares = 0;
  let input = 0;
  for (; input + 2 <= inputSize; input += 2) {
    const out = input * units;
    let unit = 0;
    for (; unit + 4 <= units; unit += 4) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let row = 0, x = input, d = unit; row < count; row++, x += inputSize, d += units) {
        const first = inputs[x];
        const second = inputs[x + 1];
        let v = delta[d];
        a0 += first * v; b0 += second * v;
        v = delta[d + 1];
        a1 += first * v; b1 += second * v;
        v = delta[d + 2];
        a2 += first * v; b2 += second * v;
        v = delta[d + 3];
        a3 += first * v; b3 += second * v;
      }
      squares += storeGradient(gradient, weights, out + unit, a0, l2) + storeGradient(gradient, weights, out + unit + 1, a1, l2);
      squares += storeGradient(gradient, weights, out + unit + 2, a2, l2) + storeGradient(gradient, weights, out + unit + 3, a3, l2);
      squares += storeGradient(gradient, weights, out + units + unit, b0, l2) + storeGradient(gradient, weights, out + units + unit + 1, b1, l2);
      squares += storeGradient(gradient, weights, out + units + unit + 2, b2, l2) + storeGradient(gradient, weights, out + units + unit + 3, b3, l2);
    }
    if (unit < units) squares += multiplyGradientPairRest(inputs, count, inputSize, delta, units, l2, weights, gradient, input, unit);
  }
  if (input < inputSize) squares += multiplyGradientRow(inputs, count, inputSize, delta, units, l2, weights, gradient, input);
  return squares;
}

/** The units from `first` on (fewer than four) of gradient rows `input` and `input + 1`. Returns their Σ g². */
function multiplyGradientPairRest(
  inputs: Float32Array, count: number, inputSize: number, delta: Float32Array, units: number,
  l2: number, weights: Float32Array, gradient: Float32Array, input: number, first: number,
): number {
  let squares = 0;
  for (let unit = first; unit < units; unit++) {
    let a = 0, b = 0;
    for (let row = 0, x = input, d = unit; row < count; row++, x += inputSize, d += units) {
      const v = delta[d];
      a += inputs[x] * v;
      b += inputs[x + 1] * v;
    }
    squares += storeGradient(gradient, weights, input * units + unit, a, l2);
    squares += storeGradient(gradient, weights, (input + 1) * units + unit, b, l2);
  }
  return squares;
}

/** One row g_k· of `multiplyGradient`: the last of an odd inputSize. Returns its Σ g². */
function multiplyGradientRow(
  inputs: Float32Array, count: number, inputSize: number,
  delta: Float32Array, units: number, l2: number, weights: Float32Array, gradient: Float32Array, input: number,
): number {
  let squares = 0;
  for (let unit = 0; unit < units; unit++) {
    let sum = 0;
    for (let row = 0, x = input, d = unit; row < count; row++, x += inputSize, d += units) sum += inputs[x] * delta[d];
    squares += storeGradient(gradient, weights, input * units + unit, sum, l2);
  }
  return squares;
}

/** Stores g = sum (+ λw) rounded to float32 and returns g². */
function storeGradient(gradient: Float32Array, weights: Float32Array, index: number, sum: number, l2: number): number {
  const stored = Math.fround(l2 === 0 ? sum : Math.fround(sum) + l2 * weights[index]);
  gradient[index] = stored;
  return stored * stored;
}

/**
 * p_rk = fround(Σ_j δ_rj·w_kj), times m_rk when a mask is given (rounded again), for δ count ×
 * units and W inputSize × units, into `out` (count × inputSize).
 */
export function multiplyDelta(
  delta: Float32Array, count: number, units: number,
  weights: Float32Array, inputSize: number, mask: Float32Array | null, out: Float32Array,
): void {
  const units2 = 2 * units;
  const units3 = 3 * units;
  let row = 0;
  for (; row + 2 <= count; row += 2) {
    const start = row * units;
    const end = start + units;
    const first = row * inputSize;
    let input = 0;
    for (; input + 4 <= inputSize; input += 4) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let d = start, weight = input * units; d < end; d++, weight++) {
        const x = delta[d];
        const y = delta[d + units];
        let w = weights[weight];
        a0 += x * w; b0 += y * w;
        w = weights[weight + units];
        a1 += x * w; b1 += y * w;
        w = weights[weight + units2];
        a2 += x * w; b2 += y * w;
        w = weights[weight + units3];
        a3 += x * w; b3 += y * w;
      }
      const index = first + input;
      storeDelta(out, mask, index, a0); storeDelta(out, mask, index + 1, a1);
      storeDelta(out, mask, index + 2, a2); storeDelta(out, mask, index + 3, a3);
      storeDelta(out, mask, index + inputSize, b0); storeDelta(out, mask, index + inputSize + 1, b1);
      storeDelta(out, mask, index + inputSize + 2, b2); storeDelta(out, mask, index + inputSize + 3, b3);
    }
    if (input < inputSize) multiplyDeltaPairRest(delta, row, units, weights, inputSize, mask, out, input);
  }
  if (row < count) multiplyDeltaRow(delta, row, units, weights, inputSize, mask, out);
}

/** The inputs from `firstInput` on (fewer than four) of rows `row` and `row + 1` of `multiplyDelta`. */
function multiplyDeltaPairRest(
  delta: Float32Array, row: number, units: number,
  weights: Float32Array, inputSize: number, mask: Float32Array | null, out: Float32Array, firstInput: number,
): void {
  const start = row * units;
  for (let input = firstInput; input < inputSize; input++) {
    let a = 0, b = 0;
    for (let d = start, weight = input * units; d < start + units; d++, weight++) {
      const w = weights[weight];
      a += delta[d] * w;
      b += delta[d + units] * w;
    }
    storeDelta(out, mask, row * inputSize + input, a);
    storeDelta(out, mask, (row + 1) * inputSize + input, b);
  }
}

/** One row of `multiplyDelta`: the last of an odd count. */
function multiplyDeltaRow(
  delta: Float32Array, row: number, units: number,
  weights: Float32Array, inputSize: number, mask: Float32Array | null, out: Float32Array,
): void {
  const start = row * units;
  for (let input = 0; input < inputSize; input++) {
    let sum = 0;
    for (let d = start, weight = input * units; d < start + units; d++, weight++) sum += delta[d] * weights[weight];
    storeDelta(out, mask, row * inputSize + input, sum);
  }
}

/** Stores p (or fround(p)·m under a mask), rounded to float32. */
function storeDelta(out: Float32Array, mask: Float32Array | null, index: number, sum: number): void {
  out[index] = mask === null ? sum : Math.fround(sum) * mask[index];
}
