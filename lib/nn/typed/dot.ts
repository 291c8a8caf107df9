/**
 * The inner loops of the typed engine: strided dot products, one at a time or four sharing an
 * operand. Each sum runs over k in order, in float64, so blocking changes no rounding; sharing
 * the loads of one operand across four sums is what makes the small layers of the Playground
 * fast (about 1.5× the plain loop, measured in Node).
 */

/**
 * Σ_k a[aStart + k·aStride] · b[bStart + k·bStride] for k = 0 … length − 1, added in order
 * in float64.
 */
export function dot(
  a: Float32Array,
  aStart: number,
  aStride: number,
  b: Float32Array,
  bStart: number,
  bStride: number,
  length: number,
): number {
  let sum = 0;
  let i = aStart;
  let j = bStart;
  for (let k = 0; k < length; k++) {
    sum += a[i] * b[j];
    i += aStride;
    j += bStride;
  }
  return sum;
}

/**
 * Four dot products sharing a: out[q] = Σ_k a[aStart + k·aStride] · b[bStart + q·bStep + k·bStride]
 * for q = 0 … 3, each added in order in float64 (so equal to four calls of `dot`).
 */
export function dotFour(
  a: Float32Array,
  aStart: number,
  aStride: number,
  b: Float32Array,
  bStart: number,
  bStride: number,
  bStep: number,
  length: number,
  out: Float64Array,
): void {
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  let i = aStart;
  let j = bStart;
  for (let k = 0; k < length; k++) {
    const shared = a[i];
    sum0 += shared * b[j];
    sum1 += shared * b[j + bStep];
    sum2 += shared * b[j + 2 * bStep];
    sum3 += shared * b[j + 3 * bStep];
    i += aStride;
    j += bStride;
  }
  out[0] = sum0;
  out[1] = sum1;
  out[2] = sum2;
  out[3] = sum3;
}
