/**
 * t-SNE's input similarities (van der Maaten & Hinton 2008). For each point i a Gaussian
 * p_{j|i} ∝ exp(−β_i ‖x_i − x_j‖²) whose precision β_i is found by binary search so that the
 * perplexity e^{H(P_i)} (H in nats) equals the target; then p_ij = (p_{j|i} + p_{i|j}) / 2n.
 * Exact: over all pairs, dense n × n. Sparse (Barnes-Hut, van der Maaten 2014): over each
 * point's ⌊3·perplexity⌋ nearest neighbours only, symmetrised into CSR.
 */
import { nearestNeighbours, type Points } from './points';

/** A symmetric sparse matrix in compressed rows (row i: columns[rowStarts[i] … rowStarts[i+1]−1]). */
export interface SparseAffinities {
  count: number;
  rowStarts: Int32Array;
  columns: Int32Array;
  values: Float64Array;
}

/**
 * Fills `out` with p_{j|i} for one point from its squared distances to `length` others
 * (`skip`, if ≥ 0, is the point itself and gets 0), finding β so that the entropy
 * H = ln Σ e^{−βd} + β·E[d] equals ln(perplexity) within 1e-5 nats: Newton steps
 * (dH/dβ = −β·Var[d]) kept inside a bisection bracket. Returns β.
 */
export function conditionalRow(distances: ArrayLike<number>, length: number, perplexity: number, out: Float64Array, skip = -1): number {
  const target = Math.log(Math.min(perplexity, Math.max(1, length - (skip >= 0 ? 1 : 0))));
  let nearest = Infinity, mean = 0;
  for (let j = 0; j < length; j++) if (j !== skip) nearest = Math.min(nearest, distances[j]);
  for (let j = 0; j < length; j++) if (j !== skip) mean += (distances[j] - nearest) / length;
  let beta = mean > 0 ? 1 / mean : 1, low = 0, high = Infinity, total = 1;
  for (let attempt = 0; attempt < 100; attempt++) {
    let weighted = 0, weightedSquares = 0;
    total = 0;
    for (let j = 0; j < length; j++) {
      const shifted = distances[j] - nearest;
      const value = j === skip ? 0 : Math.exp(-beta * shifted);
      out[j] = value;
      total += value;
      weighted += value * shifted;
      weightedSquares += value * shifted * shifted;
    }
    const expected = weighted / total;
    const difference = Math.log(total) + beta * expected - target;
    if (Math.abs(difference) < 1e-5) break;
    if (difference > 0) low = beta;
    else high = beta;
    const newton = beta + difference / (beta * (weightedSquares / total - expected * expected));
    beta = newton > low && newton < high ? newton : high === Infinity ? 2 * beta : (low + high) / 2;
  }
  for (let j = 0; j < length; j++) out[j] /= total;
  return beta;
}

/** Dense symmetric P over all pairs: n × n row-major, zero diagonal, Σ p_ij = 1. */
export interface DenseAffinities {
  count: number;
  values: Float64Array;
}

/** Exact P: every point's Gaussian over all n − 1 others, symmetrised. */
export function exactAffinities(points: Points, perplexity: number): DenseAffinities {
  const { count, dimension, values } = points;
  const affinities = new Float64Array(count * count);
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      let sum = 0;
      for (let axis = 0; axis < dimension; axis++) {
        const difference = values[i * dimension + axis] - values[j * dimension + axis];
        sum += difference * difference;
      }
      affinities[i * count + j] = sum;
      affinities[j * count + i] = sum;
    }
  }
  const row = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const distances = affinities.subarray(i * count, (i + 1) * count);
    conditionalRow(distances, count, perplexity, row, i);
    distances.set(row);
  }
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const joint = (affinities[i * count + j] + affinities[j * count + i]) / (2 * count);
      affinities[i * count + j] = joint;
      affinities[j * count + i] = joint;
    }
  }
  return { count, values: affinities };
}

/** Sparse symmetric P over ⌊3·perplexity⌋ nearest neighbours (exact kNN search). */
export function sparseAffinities(points: Points, perplexity: number): SparseAffinities {
  const { count, dimension, values } = points;
  const k = Math.min(count - 1, Math.floor(3 * perplexity));
  const neighbours = nearestNeighbours(points, k);
  const distances = new Float64Array(k);
  const conditional = new Float64Array(count * k);
  for (let i = 0; i < count; i++) {
    for (let slot = 0; slot < k; slot++) {
      const j = neighbours[i * k + slot];
      let sum = 0;
      for (let axis = 0; axis < dimension; axis++) sum += (values[i * dimension + axis] - values[j * dimension + axis]) ** 2;
      distances[slot] = sum;
    }
    conditionalRow(distances, k, perplexity, conditional.subarray(i * k, (i + 1) * k));
  }
  return symmetrise(count, k, neighbours, conditional);
}

/** p_ij = (p_{j|i} + p_{i|j}) / 2n on the union of the neighbour lists, as CSR. */
function symmetrise(count: number, k: number, neighbours: Int32Array, conditional: Float64Array): SparseAffinities {
  const rows: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (let i = 0; i < count; i++) {
    for (let slot = 0; slot < k; slot++) {
      const j = neighbours[i * k + slot];
      const value = conditional[i * k + slot] / (2 * count);
      rows[i].set(j, (rows[i].get(j) ?? 0) + value);
      rows[j].set(i, (rows[j].get(i) ?? 0) + value);
    }
  }
  const rowStarts = new Int32Array(count + 1);
  rows.forEach((row, i) => (rowStarts[i + 1] = rowStarts[i] + row.size));
  const columns = new Int32Array(rowStarts[count]);
  const values = new Float64Array(rowStarts[count]);
  rows.forEach((row, i) => {
    let cursor = rowStarts[i];
    for (const [j, value] of [...row.entries()].sort((a, b) => a[0] - b[0])) {
      columns[cursor] = j;
      values[cursor++] = value;
    }
  });
  return { count, rowStarts, columns, values };
}
