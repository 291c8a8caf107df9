/**
 * Linear least squares for small problems: the c minimising ‖A·c − y‖² + λ‖c‖², solved through
 * the normal equations (AᵀA + λI)·c = Aᵀy by a Cholesky factorisation. The tiny ridge λ keeps
 * the solve defined when two columns coincide (two hinges at the same place).
 */

/**
 * The coefficients c for columns a_j of A (each of length n) and targets y (length n).
 * `ridge` is λ relative to the largest diagonal entry of AᵀA (default 1e-10).
 */
export function solveLeastSquares(columns: readonly ArrayLike<number>[], targets: ArrayLike<number>, ridge = 1e-10): Float64Array {
  const size = columns.length;
  const gram = new Float64Array(size * size);
  const right = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    right[i] = dot(columns[i], targets);
    for (let j = 0; j <= i; j++) gram[i * size + j] = gram[j * size + i] = dot(columns[i], columns[j]);
  }
  return solveNormalEquations(gram, right, size, ridge);
}

/**
 * The c solving (G + λI)·c = r for a Gram matrix G = AᵀA (row-major size × size, left
 * unchanged) and r = Aᵀy, with λ = `ridge` × the largest diagonal entry of G.
 */
export function solveNormalEquations(gram: Float64Array, right: Float64Array, size: number, ridge = 1e-10): Float64Array {
  let largest = 0;
  for (let i = 0; i < size; i++) largest = Math.max(largest, gram[i * size + i]);
  const lambda = Math.max(ridge * largest, 1e-300);
  const matrix = gram.slice(0, size * size);
  for (let i = 0; i < size; i++) matrix[i * size + i] += lambda;
  return solveCholesky(matrix, right, size);
}

/** Σ_i a_i·b_i. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += a[index] * b[index];
  return sum;
}

/** Solves M·c = r for a symmetric positive-definite M (row-major size × size), by M = L·Lᵀ. */
function solveCholesky(matrix: Float64Array, right: Float64Array, size: number): Float64Array {
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j];
      for (let k = 0; k < j; k++) sum -= lower[i * size + k] * lower[j * size + k];
      lower[i * size + j] = i === j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / lower[j * size + j];
    }
  }
  const middle = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = right[i];
    for (let k = 0; k < i; k++) sum -= lower[i * size + k] * middle[k];
    middle[i] = sum / lower[i * size + i];
  }
  const solution = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = middle[i];
    for (let k = i + 1; k < size; k++) sum -= lower[k * size + i] * solution[k];
    solution[i] = sum / lower[i * size + i];
  }
  return solution;
}
