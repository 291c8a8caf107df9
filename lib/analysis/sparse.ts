/**
 * Dense versus sparse matrix–vector products, for the question of why networks are dense
 * layers: a sparse matrix stored as CSR does only the useful multiply-adds (one per non-zero),
 * a dense one does rows × columns of them whatever the zeros. Both return the same y = A·x;
 * callers time them.
 */
import { makeRandom } from '../random';

/** Compressed sparse rows: row r's non-zeros are values[rowStarts[r] … rowStarts[r+1]−1]. */
export interface CsrMatrix {
  rows: number;
  columns: number;
  /** rows + 1 offsets into columnIndices and values. */
  rowStarts: Int32Array;
  columnIndices: Int32Array;
  values: Float32Array;
}

/** A dense row-major matrix. */
export interface DenseMatrix {
  rows: number;
  columns: number;
  values: Float32Array;
}

/** What `makeSparseMatrix` takes. */
export interface SparseMatrixOptions {
  rows: number;
  columns: number;
  /** Fraction s ∈ [0, 1] of entries that are zero (exactly round(s·rows·columns) of them). */
  sparsity: number;
  seed: number;
}

/**
 * A random dense-stored matrix with exactly round(s·rows·columns) zeros at seeded positions;
 * the other entries are N(0, 1) draws (never exactly 0).
 */
export function makeSparseMatrix(options: SparseMatrixOptions): DenseMatrix {
  const { rows, columns } = options;
  const random = makeRandom(options.seed);
  const size = rows * columns;
  const sparsity = Math.min(1, Math.max(0, options.sparsity));
  const positions = random.shuffleInPlace(Int32Array.from({ length: size }, (_, index) => index));
  const values = new Float32Array(size);
  const nonZeros = size - Math.round(sparsity * size);
  for (let slot = 0; slot < nonZeros; slot++) {
    let value = 0;
    while (value === 0) value = random.normal();
    values[positions[slot]] = value;
  }
  return { rows, columns, values };
}

/** The CSR form of a dense matrix (exact zeros dropped). */
export function toCsr(matrix: DenseMatrix): CsrMatrix {
  const { rows, columns, values } = matrix;
  const rowStarts = new Int32Array(rows + 1);
  let nonZeros = 0;
  for (let index = 0; index < values.length; index++) if (values[index] !== 0) nonZeros++;
  const columnIndices = new Int32Array(nonZeros);
  const kept = new Float32Array(nonZeros);
  let cursor = 0;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const value = values[row * columns + column];
      if (value === 0) continue;
      columnIndices[cursor] = column;
      kept[cursor++] = value;
    }
    rowStarts[row + 1] = cursor;
  }
  return { rows, columns, rowStarts, columnIndices, values: kept };
}

/** y = A·x with A dense: rows × columns multiply-adds. `output` (length rows) is reused if given. */
export function denseMatVec(matrix: DenseMatrix, vector: Float32Array, output = new Float32Array(matrix.rows)): Float32Array {
  const { rows, columns, values } = matrix;
  for (let row = 0; row < rows; row++) {
    let sum = 0;
    const offset = row * columns;
    for (let column = 0; column < columns; column++) sum += values[offset + column] * vector[column];
    output[row] = sum;
  }
  return output;
}

/** y = A·x with A in CSR: one multiply-add per non-zero, in the same order as `denseMatVec`. */
export function csrMatVec(matrix: CsrMatrix, vector: Float32Array, output = new Float32Array(matrix.rows)): Float32Array {
  const { rows, rowStarts, columnIndices, values } = matrix;
  for (let row = 0; row < rows; row++) {
    let sum = 0;
    for (let entry = rowStarts[row]; entry < rowStarts[row + 1]; entry++) sum += values[entry] * vector[columnIndices[entry]];
    output[row] = sum;
  }
  return output;
}

/** Multiply-adds each product performs: dense rows·columns, CSR one per non-zero (the useful ones). */
export function multiplyAddCounts(csr: CsrMatrix): { dense: number; sparse: number } {
  return { dense: csr.rows * csr.columns, sparse: csr.values.length };
}
