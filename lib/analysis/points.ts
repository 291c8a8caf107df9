/**
 * Point clouds as the embedding tools see them: n points of dimension d in one flat row-major
 * array (point i is values[i·d … i·d + d − 1]), like Dataset.inputs.
 */
import type { Dataset } from '../data/dataset';

/** n points of dimension d, row-major. */
export interface Points {
  count: number;
  dimension: number;
  values: Float32Array | Float64Array;
}

/** A dataset's inputs as points (shared, not copied). */
export function pointsFromDataset(dataset: Dataset): Points {
  return { count: dataset.count, dimension: dataset.inputSize, values: dataset.inputs };
}

/** The n × n matrix of squared Euclidean distances ‖x_i − x_j‖², symmetric, zero diagonal. */
export function squaredDistances(points: Points): Float64Array {
  const { count, dimension, values } = points;
  const distances = new Float64Array(count * count);
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      let sum = 0;
      for (let axis = 0; axis < dimension; axis++) {
        const difference = values[i * dimension + axis] - values[j * dimension + axis];
        sum += difference * difference;
      }
      distances[i * count + j] = sum;
      distances[j * count + i] = sum;
    }
  }
  return distances;
}

/** Inserts (candidate, distance) into point i's sorted list of its k best so far. */
function offer(best: Int32Array, bestDistances: Float64Array, filled: Int32Array, k: number, i: number, candidate: number, distance: number): void {
  const start = i * k;
  if (filled[i] === k && !(distance < bestDistances[start + k - 1])) return;
  let slot = filled[i] < k ? filled[i]++ : k - 1;
  while (slot > 0 && bestDistances[start + slot - 1] > distance) {
    bestDistances[start + slot] = bestDistances[start + slot - 1];
    best[start + slot] = best[start + slot - 1];
    slot--;
  }
  bestDistances[start + slot] = distance;
  best[start + slot] = candidate;
}

/**
 * The k nearest neighbours of every point (itself excluded), nearest first, by exact search
 * over the n(n−1)/2 pairs (O(n²·d) time, O(n·k) memory): an n × k row-major Int32Array
 * (k is capped at n − 1). Ties go to the lower index.
 */
export function nearestNeighbours(points: Points, k: number): Int32Array {
  const { count, dimension, values } = points;
  const kept = Math.max(0, Math.min(Math.floor(k), count - 1));
  const best = new Int32Array(count * kept);
  const bestDistances = new Float64Array(count * kept);
  const filled = new Int32Array(count);
  if (kept === 0) return best;
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      let distance = 0;
      for (let axis = 0; axis < dimension; axis++) {
        const difference = values[i * dimension + axis] - values[j * dimension + axis];
        distance += difference * difference;
      }
      offer(best, bestDistances, filled, kept, i, j, distance);
      offer(best, bestDistances, filled, kept, j, i, distance);
    }
  }
  return best;
}
