/**
 * t-SNE's input similarities (van der Maaten & Hinton 2008). For each point i a Gaussian
 * p_{j|i} ∝ exp(−β_i ‖x_i − x_j‖²) whose precision β_i is found by binary search so that the
 * perplexity e^{H(P_i)} (H in nats) equals the target; then p_ij = (p_{j|i} + p_{i|j}) / 2n.
 * Exact: over all pairs, dense n × n. Sparse (Barnes-Hut, van der Maaten 2014): over each
 * point's ⌊3·perplexity⌋ nearest neighbours only, symmetrised into CSR.
 */
import type { Points } from './points';

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
 * (dH/dβ = −β·Var[d]) kept inside a bisection bracket, from `initialBeta` if given (β in
 * units of 1 / squared distance). Returns β.
 */
export function conditionalRow(distances: ArrayLike<number>, length: number, perplexity: number, out: Float64Array, skip = -1, initialBeta?: number): number {
  const target = Math.log(Math.min(perplexity, Math.max(1, length - (skip >= 0 ? 1 : 0))));
  let nearest = Infinity, mean = 0;
  for (let j = 0; j < length; j++) if (j !== skip) nearest = Math.min(nearest, distances[j]);
  for (let j = 0; j < length; j++) if (j !== skip) mean += (distances[j] - nearest) / length;
  let beta = initialBeta !== undefined && initialBeta > 0 && Number.isFinite(initialBeta) ? initialBeta : mean > 0 ? 1 / mean : 1;
  let low = 0, high = Infinity, total = 1;
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

/** ‖x_i − x_j‖² (d values from offset `i` and from offset `j`), summed four axes at a time. */
function squaredDistance(values: Points['values'], i: number, j: number, dimension: number): number {
  let sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0, axis = 0;
  for (; axis + 3 < dimension; axis += 4) {
    const d0 = values[i + axis] - values[j + axis], d1 = values[i + axis + 1] - values[j + axis + 1];
    const d2 = values[i + axis + 2] - values[j + axis + 2], d3 = values[i + axis + 3] - values[j + axis + 3];
    sum0 += d0 * d0;
    sum1 += d1 * d1;
    sum2 += d2 * d2;
    sum3 += d3 * d3;
  }
  for (; axis < dimension; axis++) sum0 += (values[i + axis] - values[j + axis]) ** 2;
  return sum0 + sum1 + sum2 + sum3;
}

/** Rearranges values[0 … length−1] so that its k smallest come first (Hoare quickselect, middle pivot). */
function selectSmallest(values: Float64Array, length: number, k: number): void {
  let left = 0, right = length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1];
    let i = left, j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const held = values[i];
        values[i++] = values[j];
        values[j--] = held;
      }
    }
    if (k - 1 <= j) right = j;
    else if (k - 1 >= i) left = i;
    else return;
  }
}

/**
 * Exact P: every point's Gaussian over all n − 1 others, symmetrised. Each row's β search
 * starts from the β that fits its ⌈5·perplexity⌉ nearest, which is cheap and usually within
 * one Newton step of the answer over the whole row.
 */
export function exactAffinities(points: Points, perplexity: number): DenseAffinities {
  const { count, dimension, values } = points;
  const affinities = new Float64Array(count * count);
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) affinities[i * count + j] = squaredDistance(values, i * dimension, j * dimension, dimension);
    for (let j = 0; j < i; j++) affinities[i * count + j] = affinities[j * count + i];
  }
  const row = new Float64Array(count);
  const nearest = new Float64Array(count);
  const subset = Math.min(count - 1, Math.ceil(5 * perplexity));
  for (let i = 0; i < count; i++) {
    const distances = affinities.subarray(i * count, (i + 1) * count);
    nearest.set(distances.subarray(0, i));
    nearest.set(distances.subarray(i + 1), i);
    selectSmallest(nearest, count - 1, subset);
    const start = subset < count - 1 ? conditionalRow(nearest, subset, perplexity, row) : undefined;
    conditionalRow(distances, count, perplexity, row, i, start);
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

/** Whether heap slot a ranks after slot b: farther, or as far with a higher index. */
function ranksAfter(distances: Float64Array, indices: Int32Array, a: number, b: number): boolean {
  return distances[a] > distances[b] || (distances[a] === distances[b] && indices[a] > indices[b]);
}

/** Restores the max-heap (farthest on top) below slot `start`. */
function siftDown(distances: Float64Array, indices: Int32Array, size: number, start: number): void {
  for (let parent = start; ; ) {
    const left = 2 * parent + 1, right = left + 1;
    let largest = parent;
    if (left < size && ranksAfter(distances, indices, left, largest)) largest = left;
    if (right < size && ranksAfter(distances, indices, right, largest)) largest = right;
    if (largest === parent) return;
    const distance = distances[parent], index = indices[parent];
    distances[parent] = distances[largest];
    indices[parent] = indices[largest];
    distances[largest] = distance;
    indices[largest] = index;
    parent = largest;
  }
}

/**
 * Point i's k nearest others (ties to the lower index) into `indices` and their squared
 * distances into `distances`, in heap order: one O(n·d) scan keeping the k best in a max-heap.
 */
function nearestOf(points: Points, i: number, k: number, indices: Int32Array, distances: Float64Array): void {
  const { count, dimension, values } = points;
  let size = 0;
  for (let j = 0; j < count; j++) {
    if (j === i) continue;
    const distance = squaredDistance(values, i * dimension, j * dimension, dimension);
    if (size < k) {
      indices[size] = j;
      distances[size++] = distance;
      if (size === k) for (let node = (k >> 1) - 1; node >= 0; node--) siftDown(distances, indices, k, node);
    } else if (distance < distances[0]) {
      indices[0] = j;
      distances[0] = distance;
      siftDown(distances, indices, k, 0);
    }
  }
}

/** Sparse symmetric P over ⌊3·perplexity⌋ nearest neighbours (exact kNN search, O(n²·d), O(n·k) memory). */
export function sparseAffinities(points: Points, perplexity: number): SparseAffinities {
  const count = points.count;
  const k = Math.max(0, Math.min(count - 1, Math.floor(3 * perplexity)));
  const neighbours = new Int32Array(count * k);
  const distances = new Float64Array(k);
  const conditional = new Float64Array(count * k);
  for (let i = 0; i < count && k > 0; i++) {
    nearestOf(points, i, k, neighbours.subarray(i * k, (i + 1) * k), distances);
    conditionalRow(distances, k, perplexity, conditional.subarray(i * k, (i + 1) * k));
  }
  return symmetrise(count, k, neighbours, conditional);
}

/**
 * p_ij = (p_{j|i} + p_{i|j}) / 2n on the union of the neighbour lists, as CSR with sorted
 * columns: both directions of every (i, j) go into row buckets, and each row's duplicates
 * are merged through a dense accumulator.
 */
function symmetrise(count: number, k: number, neighbours: Int32Array, conditional: Float64Array): SparseAffinities {
  const bucketStarts = new Int32Array(count + 1);
  for (let entry = 0; entry < count * k; entry++) bucketStarts[neighbours[entry] + 1]++;
  for (let i = 0; i < count; i++) bucketStarts[i + 1] += bucketStarts[i] + k;
  const cursor = bucketStarts.slice(0, count);
  const bucketColumns = new Int32Array(bucketStarts[count]);
  const bucketValues = new Float64Array(bucketStarts[count]);
  for (let entry = 0; entry < count * k; entry++) {
    const i = (entry / k) | 0, j = neighbours[entry], value = conditional[entry] / (2 * count);
    bucketColumns[cursor[i]] = j;
    bucketValues[cursor[i]++] = value;
    bucketColumns[cursor[j]] = i;
    bucketValues[cursor[j]++] = value;
  }
  const accumulated = new Float64Array(count);
  const lastRow = new Int32Array(count).fill(-1);
  const rowStarts = new Int32Array(count + 1);
  const columns = new Int32Array(bucketStarts[count]);
  const values = new Float64Array(bucketStarts[count]);
  for (let i = 0; i < count; i++) {
    let end = rowStarts[i];
    for (let entry = bucketStarts[i]; entry < bucketStarts[i + 1]; entry++) {
      const j = bucketColumns[entry];
      if (lastRow[j] !== i) {
        lastRow[j] = i;
        accumulated[j] = 0;
        columns[end++] = j;
      }
      accumulated[j] += bucketValues[entry];
    }
    columns.subarray(rowStarts[i], end).sort();
    for (let entry = rowStarts[i]; entry < end; entry++) values[entry] = accumulated[columns[entry]];
    rowStarts[i + 1] = end;
  }
  return { count, rowStarts, columns: columns.slice(0, rowStarts[count]), values: values.slice(0, rowStarts[count]) };
}
