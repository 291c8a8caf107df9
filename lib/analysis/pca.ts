/**
 * Principal component analysis, the fast linear alternative to t-SNE: the top-k eigenvectors
 * of the covariance C = (1/n) Σ_i (x_i − μ)(x_i − μ)ᵀ, by orthogonal (block power) iteration.
 * Cost: n·d²/2 to form C, then about d²·(k+2) per iteration; fine for d up to a few hundred.
 */
import { makeRandom } from '../random';
import type { Points } from './points';
import { multiplyMatrices } from './rank';

/** The top-k principal components and what they explain. */
export interface PcaResult {
  /** μ, the mean point (d). */
  mean: Float64Array;
  /** The principal axes v_1 … v_k, unit length, row-major k × d; each sign is fixed so that its largest-magnitude entry is positive. */
  components: Float64Array;
  /** λ_1 ≥ … ≥ λ_k, the variance along each axis. */
  variances: Float64Array;
  /** λ_j / trace(C): the share of the total variance each axis explains. */
  explainedRatios: Float64Array;
  /** The points' coordinates (x_i − μ)·v_j, n × k. */
  projection: Points;
}

/** The mean μ and covariance C (d × d, row-major, divided by n) of the points. */
export function covariance(points: Points): { mean: Float64Array; matrix: Float64Array } {
  const { count, dimension, values } = points;
  const mean = new Float64Array(dimension);
  for (let i = 0; i < count; i++) for (let axis = 0; axis < dimension; axis++) mean[axis] += values[i * dimension + axis] / count;
  const matrix = new Float64Array(dimension * dimension);
  const centred = new Float64Array(dimension);
  for (let i = 0; i < count; i++) {
    for (let axis = 0; axis < dimension; axis++) centred[axis] = values[i * dimension + axis] - mean[axis];
    for (let row = 0; row < dimension; row++) {
      const value = centred[row] / count;
      if (value === 0) continue;
      for (let column = row; column < dimension; column++) matrix[row * dimension + column] += value * centred[column];
    }
  }
  for (let row = 0; row < dimension; row++) for (let column = 0; column < row; column++) matrix[row * dimension + column] = matrix[column * dimension + row];
  return { mean, matrix };
}

/** Modified Gram–Schmidt on the columns of a d × m row-major block, in place. */
function orthonormalise(block: Float64Array, dimension: number, columns: number): void {
  for (let column = 0; column < columns; column++) {
    for (let previous = 0; previous < column; previous++) {
      let dot = 0;
      for (let row = 0; row < dimension; row++) dot += block[row * columns + column] * block[row * columns + previous];
      for (let row = 0; row < dimension; row++) block[row * columns + column] -= dot * block[row * columns + previous];
    }
    let norm = 0;
    for (let row = 0; row < dimension; row++) norm += block[row * columns + column] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let row = 0; row < dimension; row++) block[row * columns + column] /= norm;
  }
}

/** V ← orth(C·V) until V stops moving (or `maxIterations`); returns V (d × m). */
function orthogonalIteration(matrix: Float64Array, dimension: number, columns: number, seed: number, maxIterations: number): Float64Array {
  const random = makeRandom(seed);
  let block: Float64Array = Float64Array.from({ length: dimension * columns }, () => random.normal());
  orthonormalise(block, dimension, columns);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = multiplyMatrices(matrix, block, dimension, dimension, columns);
    orthonormalise(next, dimension, columns);
    let change = 0;
    for (let index = 0; index < next.length; index++) change = Math.max(change, Math.abs(Math.abs(next[index]) - Math.abs(block[index])));
    block = next;
    if (change < 1e-10) break;
  }
  return block;
}

/** Rayleigh quotient vᵀCv of column `column` of a d × m block. */
function rayleigh(matrix: Float64Array, block: Float64Array, dimension: number, columns: number, column: number): number {
  let total = 0;
  for (let row = 0; row < dimension; row++) {
    let product = 0;
    for (let inner = 0; inner < dimension; inner++) product += matrix[row * dimension + inner] * block[inner * columns + column];
    total += block[row * columns + column] * product;
  }
  return total;
}

/**
 * The top-k principal components of the points (k capped at d), their variances and the
 * projected points. Seeded start; two extra vectors speed up convergence of the k-th.
 */
export function pca(points: Points, k: number, options: { seed?: number; maxIterations?: number } = {}): PcaResult {
  const { dimension, count, values } = points;
  const kept = Math.max(0, Math.min(Math.floor(k), dimension));
  const columns = Math.min(dimension, kept + 2);
  const { mean, matrix } = covariance(points);
  const block = orthogonalIteration(matrix, dimension, columns, options.seed ?? 0, options.maxIterations ?? 1000);
  const order = Array.from({ length: columns }, (_, column) => ({ column, variance: rayleigh(matrix, block, dimension, columns, column) }))
    .sort((a, b) => b.variance - a.variance)
    .slice(0, kept);
  let trace = 0;
  for (let axis = 0; axis < dimension; axis++) trace += matrix[axis * dimension + axis];
  const components = new Float64Array(kept * dimension);
  order.forEach(({ column }, index) => {
    let largest = 0;
    for (let row = 0; row < dimension; row++) if (Math.abs(block[row * columns + column]) > Math.abs(largest)) largest = block[row * columns + column];
    for (let row = 0; row < dimension; row++) components[index * dimension + row] = Math.sign(largest || 1) * block[row * columns + column];
  });
  const projection = new Float64Array(count * kept);
  for (let i = 0; i < count; i++) {
    for (let index = 0; index < kept; index++) {
      let sum = 0;
      for (let axis = 0; axis < dimension; axis++) sum += (values[i * dimension + axis] - mean[axis]) * components[index * dimension + axis];
      projection[i * kept + index] = sum;
    }
  }
  const variances = Float64Array.from(order, ({ variance }) => variance);
  return { mean, components, variances, explainedRatios: variances.map((variance) => (trace > 0 ? variance / trace : 0)), projection: { count, dimension: kept, values: projection } };
}
