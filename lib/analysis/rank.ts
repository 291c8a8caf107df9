/**
 * Numerical rank, for the factorised-matrix aside: a product A·B of an (n × r) and an (r × m)
 * matrix has rank at most r, and costs n·r + r·m parameters instead of n·m.
 */

/** C = A·B for row-major A (rows × inner) and B (inner × columns); C is rows × columns. */
export function multiplyMatrices(a: ArrayLike<number>, b: ArrayLike<number>, rows: number, inner: number, columns: number): Float64Array {
  const product = new Float64Array(rows * columns);
  for (let row = 0; row < rows; row++) {
    for (let k = 0; k < inner; k++) {
      const value = a[row * inner + k];
      if (value === 0) continue;
      for (let column = 0; column < columns; column++) product[row * columns + column] += value * b[k * columns + column];
    }
  }
  return product;
}

/**
 * The numerical rank of a row-major (rows × columns) matrix: Gaussian elimination with full
 * pivoting, counting pivots with |pivot| > tolerance · max|a_ij|. The default relative
 * tolerance 1e-9 sits far above float64 round-off and far below the pivots of a well-scaled
 * full-rank block.
 */
export function numericalRank(matrix: ArrayLike<number>, rows: number, columns: number, relativeTolerance = 1e-9): number {
  const work = Float64Array.from(matrix);
  let largest = 0;
  for (const value of work) largest = Math.max(largest, Math.abs(value));
  if (largest === 0) return 0;
  const threshold = relativeTolerance * largest;
  const rowUsed = new Uint8Array(rows);
  const columnUsed = new Uint8Array(columns);
  let rank = 0;
  for (; rank < Math.min(rows, columns); rank++) {
    let pivotRow = -1, pivotColumn = -1, pivot = 0;
    for (let row = 0; row < rows; row++) {
      if (rowUsed[row]) continue;
      for (let column = 0; column < columns; column++) {
        const size = Math.abs(work[row * columns + column]);
        if (!columnUsed[column] && size > pivot) [pivot, pivotRow, pivotColumn] = [size, row, column];
      }
    }
    if (pivot <= threshold) break;
    rowUsed[pivotRow] = 1;
    columnUsed[pivotColumn] = 1;
    eliminate(work, rows, columns, pivotRow, pivotColumn, rowUsed);
  }
  return rank;
}

/** Subtracts multiples of the pivot row from every unused row, zeroing the pivot column. */
function eliminate(work: Float64Array, rows: number, columns: number, pivotRow: number, pivotColumn: number, rowUsed: Uint8Array): void {
  const pivotValue = work[pivotRow * columns + pivotColumn];
  for (let row = 0; row < rows; row++) {
    if (rowUsed[row]) continue;
    const factor = work[row * columns + pivotColumn] / pivotValue;
    if (factor === 0) continue;
    for (let column = 0; column < columns; column++) work[row * columns + column] -= factor * work[pivotRow * columns + column];
  }
}

/** Parameters of a factorised n × m map through rank r: n·r + r·m (vs n·m dense). */
export function factorisedParameterCount(n: number, r: number, m: number): number {
  return n * r + r * m;
}
