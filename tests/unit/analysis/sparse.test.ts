import { describe, expect, it } from 'vitest';
import { csrMatVec, denseMatVec, makeSparseMatrix, multiplyAddCounts, toCsr } from '@/lib/analysis/sparse';
import { makeRandom } from '@/lib/random';

describe('sparse', () => {
  it('makeSparseMatrix({rows, columns, sparsity, seed}) has exactly round(s·size) zeros', () => {
    const matrix = makeSparseMatrix({ rows: 30, columns: 40, sparsity: 0.9, seed: 1 });
    expect(matrix.values).toHaveLength(1200);
    expect(matrix.values.filter((value) => value === 0)).toHaveLength(1080);
  });

  it('makeSparseMatrix is seed-stable', () => {
    const options = { rows: 10, columns: 10, sparsity: 0.5 };
    expect(makeSparseMatrix({ ...options, seed: 2 })).toEqual(makeSparseMatrix({ ...options, seed: 2 }));
    expect(makeSparseMatrix({ ...options, seed: 3 }).values).not.toEqual(makeSparseMatrix({ ...options, seed: 2 }).values);
  });

  it('toCsr(matrix) keeps each row’s non-zeros in column order', () => {
    const csr = toCsr({ rows: 2, columns: 3, values: Float32Array.of(0, 2, 0, 3, 0, 4) });
    expect(Array.from(csr.rowStarts)).toEqual([0, 1, 3]);
    expect(Array.from(csr.columnIndices)).toEqual([1, 0, 2]);
    expect(Array.from(csr.values)).toEqual([2, 3, 4]);
  });

  it('csrMatVec(csr, x) equals denseMatVec(matrix, x) exactly', () => {
    const random = makeRandom(4);
    for (const sparsity of [0, 0.5, 0.99, 1]) {
      const matrix = makeSparseMatrix({ rows: 50, columns: 70, sparsity, seed: 5 });
      const vector = Float32Array.from({ length: 70 }, () => random.normal());
      expect(csrMatVec(toCsr(matrix), vector)).toEqual(denseMatVec(matrix, vector));
    }
  });

  it('multiplyAddCounts(csr) counts rows·columns dense and one per non-zero sparse', () => {
    const csr = toCsr(makeSparseMatrix({ rows: 10, columns: 20, sparsity: 0.75, seed: 6 }));
    expect(multiplyAddCounts(csr)).toEqual({ dense: 200, sparse: 50 });
  });

  it('denseMatVec(matrix, x, output) writes into the given array', () => {
    const output = new Float32Array(2);
    const result = denseMatVec({ rows: 2, columns: 2, values: Float32Array.of(1, 2, 3, 4) }, Float32Array.of(1, 1), output);
    expect(result).toBe(output);
    expect(Array.from(output)).toEqual([3, 7]);
  });
});
