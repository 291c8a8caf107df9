import { describe, expect, it } from 'vitest';
import { dot, dotFour } from '@/lib/nn/typed/dot';

const a = new Float32Array(60).map((_, index) => index * 0.37 - 3);
const b = new Float32Array(60).map((_, index) => Math.sin(index));

describe('dot(a, aStart, aStride, b, bStart, bStride, length)', () => {
  it('sums strided products in order', () => {
    for (let length = 0; length <= 9; length++) {
      let expected = 0;
      for (let k = 0; k < length; k++) expected += a[1 + 3 * k] * b[2 + 2 * k];
      expect(dot(a, 1, 3, b, 2, 2, length)).toBe(expected);
    }
  });
});

describe('dotFour(a, aStart, aStride, b, bStart, bStride, bStep, length, out)', () => {
  it('equals four calls of dot exactly (same order, same rounding)', () => {
    const out = new Float64Array(4);
    for (const [bStride, bStep] of [[1, 5], [4, 1]]) {
      dotFour(a, 2, 3, b, 1, bStride, bStep, 7, out);
      for (let q = 0; q < 4; q++) expect(out[q]).toBe(dot(a, 2, 3, b, 1 + q * bStep, bStride, 7));
    }
  });
});
