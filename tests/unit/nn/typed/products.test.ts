import { describe, expect, it } from 'vitest';
import { multiplyDelta, multiplyGradient } from '@/lib/nn/typed/backwardProducts';
import { multiplyLayer } from '@/lib/nn/typed/layerProduct';
import { makeRandom } from '@/lib/random';

const random = makeRandom(12);
const matrix = (rows: number, columns: number) => new Float32Array(rows * columns).map(() => random.uniform(-1, 1));
/** Σ_k in order in float64, as the kernels promise (so the results are equal, not just close). */
const sum = (length: number, term: (k: number) => number) => {
  let total = 0;
  for (let k = 0; k < length; k++) total += term(k);
  return total;
};
// Sizes that exercise the 2 × 4 blocks and every remainder: odd counts, widths of 1, 2, 5, 8.
const shapes = [[1, 1, 1], [3, 2, 5], [10, 2, 4], [10, 8, 8], [7, 5, 1], [4, 1, 2], [9, 6, 3]];

describe('multiplyLayer(X, n, d, W, k, b, out)', () => {
  it('stores z = fround(Σ x·w) + b exactly, for every block and remainder', () => {
    for (const [count, inputSize, units] of shapes) {
      const [inputs, weights, bias] = [matrix(count, inputSize), matrix(inputSize, units), matrix(1, units)];
      const out = new Float32Array(count * units);
      multiplyLayer(inputs, count, inputSize, weights, units, bias, out);
      for (let row = 0; row < count; row++) {
        for (let unit = 0; unit < units; unit++) {
          const total = sum(inputSize, (k) => inputs[row * inputSize + k] * weights[k * units + unit]);
          expect(out[row * units + unit]).toBe(Math.fround(Math.fround(total) + bias[unit]));
        }
      }
    }
  });
});

describe('multiplyGradient(X, n, d, δ, k, λ, W, G)', () => {
  it('stores g = fround(Σ_rows x·δ (+ λw)) exactly and returns Σ g²', () => {
    for (const [count, inputSize, units] of shapes) {
      for (const l2 of [0, 0.1]) {
        const [inputs, delta, weights] = [matrix(count, inputSize), matrix(count, units), matrix(inputSize, units)];
        const gradient = new Float32Array(inputSize * units);
        const squares = multiplyGradient(inputs, count, inputSize, delta, units, l2, weights, gradient);
        let expectedSquares = 0;
        for (let index = 0; index < inputSize * units; index++) {
          const [input, unit] = [Math.floor(index / units), index % units];
          const total = sum(count, (row) => inputs[row * inputSize + input] * delta[row * units + unit]);
          const expected = Math.fround(l2 === 0 ? total : Math.fround(total) + l2 * weights[index]);
          expect(gradient[index]).toBe(expected);
          expectedSquares += expected * expected;
        }
        expect(squares).toBeCloseTo(expectedSquares, 10);
      }
    }
  });
});

describe('multiplyDelta(δ, n, k, W, d, mask, out)', () => {
  it('stores p = fround(Σ_j δ·w), times the mask when given, exactly', () => {
    for (const [count, inputSize, units] of shapes) {
      const [delta, weights] = [matrix(count, units), matrix(inputSize, units)];
      const mask = new Float32Array(count * inputSize).map(() => (random.next() < 0.3 ? 0 : Math.fround(1 / 0.7)));
      for (const used of [null, mask]) {
        const out = new Float32Array(count * inputSize);
        multiplyDelta(delta, count, units, weights, inputSize, used, out);
        for (let index = 0; index < count * inputSize; index++) {
          const [row, input] = [Math.floor(index / inputSize), index % inputSize];
          const total = Math.fround(sum(units, (j) => delta[row * units + j] * weights[input * units + j]));
          expect(out[index]).toBe(used === null ? total : Math.fround(total * used[index]));
        }
      }
    }
  });
});
