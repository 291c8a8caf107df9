/**
 * The forward product of the typed engine, z = X·W + b, written the way the pass stores it.
 *
 * Every sum Σ_k x_k·w_k runs over k in order in float64 and is rounded once when stored, as
 * tfjs's matMul rounds, so the blocking below changes no rounding. Blocks of 2 rows × 4 units
 * keep eight sums in registers and load each operand once per two or four products (1.4×
 * faster than blocks of 4 × 1 in Chromium). The loops call nothing but monomorphic helpers, so
 * they stay fast whatever networks the same page has trained before: loops calling per-layer
 * functions, or generic strided ones, ran 2–3× slower once the JIT had seen a few networks.
 */

/**
 * z_ij = fround(Σ_k x_ik·w_kj) + b_j for X count × inputSize and W inputSize × units (both
 * row-major), into `preactivations` (count × units). `bias` holds b, or zeros for no bias.
 */
export function multiplyLayer(
  inputs: Float32Array, count: number, inputSize: number,
  weights: Float32Array, units: number, bias: Float32Array, preactivations: Float32Array,
): void {
  let row = 0;
  for (; row + 2 <= count; row += 2) {
    const start = row * inputSize;
    const end = start + inputSize;
    const out = row * units;
    let unit = 0;
    for (; unit + 4 <= units; unit += 4) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let input = start, weight = unit; input < end; input++, weight += units) {
        const x = inputs[input];
        const y = inputs[input + inputSize];
        let w = weights[weight];
        a0 += x * w; b0 += y * w;
        w = weights[weight + 1];
        a1 += x * w; b1 += y * w;
        w = weights[weight + 2];
        a2 += x * w; b2 += y * w;
        w = weights[weight + 3];
        a3 += x * w; b3 += y * w;
      }
      storeFour(preactivations, out + unit, bias, unit, a0, a1, a2, a3);
      storeFour(preactivations, out + units + unit, bias, unit, b0, b1, b2, b3);
    }
    if (unit < units) multiplyPairRest(inputs, row, inputSize, weights, units, bias, preactivations, unit);
  }
  if (row < count) multiplyRow(inputs, row, inputSize, weights, units, bias, preactivations);
}

/** The units from `first` on (fewer than four) of rows `row` and `row + 1` of `multiplyLayer`. */
function multiplyPairRest(
  inputs: Float32Array, row: number, inputSize: number,
  weights: Float32Array, units: number, bias: Float32Array, preactivations: Float32Array, first: number,
): void {
  const start = row * inputSize;
  const out = row * units;
  for (let unit = first; unit < units; unit++) {
    let a = 0, b = 0;
    for (let input = start, weight = unit; input < start + inputSize; input++, weight += units) {
      const w = weights[weight];
      a += inputs[input] * w;
      b += inputs[input + inputSize] * w;
    }
    preactivations[out + unit] = Math.fround(a) + bias[unit];
    preactivations[out + units + unit] = Math.fround(b) + bias[unit];
  }
}

/** Four z = fround(Σ) + b of one row. */
function storeFour(
  out: Float32Array, index: number, bias: Float32Array, unit: number, sum0: number, sum1: number, sum2: number, sum3: number,
): void {
  out[index] = Math.fround(sum0) + bias[unit];
  out[index + 1] = Math.fround(sum1) + bias[unit + 1];
  out[index + 2] = Math.fround(sum2) + bias[unit + 2];
  out[index + 3] = Math.fround(sum3) + bias[unit + 3];
}

/** One row of `multiplyLayer`: the last of an odd count. */
function multiplyRow(
  inputs: Float32Array, row: number, inputSize: number,
  weights: Float32Array, units: number, bias: Float32Array, preactivations: Float32Array,
): void {
  const start = row * inputSize;
  const end = start + inputSize;
  for (let unit = 0; unit < units; unit++) {
    let sum = 0;
    for (let input = start, weight = unit; input < end; input++, weight += units) sum += inputs[input] * weights[weight];
    preactivations[row * units + unit] = Math.fround(sum) + bias[unit];
  }
}
