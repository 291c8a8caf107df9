/**
 * A constructive one-hidden-layer ReLU fit, one unit at a time (no gradient descent): each new
 * unit is a hinge ReLU(x − k) with k one of the sample points x_j, chosen greedily as the one
 * whose hinge cuts the squared error most (orthogonal matching pursuit); after each addition
 * the output layer (v, c) is solved by least squares. Earlier hinges stay where they are, and
 * each fit's squared error is at most the previous one's, since it has one more column.
 */
import type { NetworkWeights } from '../nn/spec';
import { dot, solveNormalEquations } from './leastSquares';

/** The fits with 1 … `units` hidden units, each keeping the previous one's hinges and adding one. */
export function constructHingeFits(xs: ArrayLike<number>, ys: ArrayLike<number>, units: number): NetworkWeights[] {
  const count = xs.length;
  const total = Math.max(1, Math.min(Math.floor(units), count - 1));
  const size = total + 1;
  // Column 0 is the output bias (all ones); column i ≥ 1 is hidden unit i's ReLU(x − k_i).
  const columns: Float64Array[] = [new Float64Array(count).fill(1)];
  const gram = new Float64Array(size * size);
  const right = new Float64Array(size);
  right[0] = dot(columns[0], ys);
  gram[0] = count;
  const search = startSearch(xs, ys);
  const knots: number[] = [];
  const fits: NetworkWeights[] = [];
  for (let unit = 0; unit < total; unit++) {
    const sample = pickHinge(search);
    knots.push(xs[sample]);
    const column = Float64Array.from({ length: count }, (_, index) => Math.max(0, xs[index] - xs[sample]));
    columns.push(column);
    right[unit + 1] = dot(column, ys);
    for (let other = 0; other <= unit + 1; other++) gram[(unit + 1) * size + other] = gram[other * size + unit + 1] = dot(columns[other], column);
    fits.push(toWeights(knots, solveReduced(gram, right, size, unit + 2)));
  }
  return fits;
}

/**
 * The greedy search's state (orthogonal matching pursuit): the residual r and each candidate
 * hinge column, both kept orthogonal to the columns chosen so far, so a candidate's gain is
 * (rᵀc̃)²/‖c̃‖² without refitting.
 */
interface HingeSearch {
  residual: Float64Array;
  /** Candidate j is ReLU(x − x_j) for j = 0 … n − 2 (at x_{n−1} it would be 0 on every sample). */
  candidates: Float64Array[];
  /** ‖c_j‖² before any orthogonalisation, to spot columns that became dependent. */
  norms: Float64Array;
  used: Set<number>;
}

function startSearch(xs: ArrayLike<number>, ys: ArrayLike<number>): HingeSearch {
  const count = xs.length;
  const ones = new Float64Array(count).fill(1 / Math.sqrt(count));
  const residual = Float64Array.from(ys);
  removeComponent(residual, ones);
  const candidates = Array.from({ length: count - 1 }, (_, sample) => Float64Array.from({ length: count }, (_, index) => Math.max(0, xs[index] - xs[sample])));
  const norms = Float64Array.from(candidates, (column) => dot(column, column));
  for (const column of candidates) removeComponent(column, ones);
  return { residual, candidates, norms, used: new Set() };
}

/** v ← v − (vᵀq)·q for a unit vector q. */
function removeComponent(vector: Float64Array, unit: Float64Array): void {
  const along = dot(vector, unit);
  for (let index = 0; index < vector.length; index++) vector[index] -= along * unit[index];
}

/** Chooses the hinge that cuts the squared error most, and makes everything orthogonal to it. */
function pickHinge(search: HingeSearch): number {
  const { residual, candidates, norms, used } = search;
  let best = -1;
  let bestGain = -1;
  candidates.forEach((column, sample) => {
    const norm = dot(column, column);
    if (used.has(sample) || norm <= 1e-12 * norms[sample]) return;
    const gain = dot(residual, column) ** 2 / norm;
    if (gain > bestGain) {
      best = sample;
      bestGain = gain;
    }
  });
  if (best < 0) best = candidates.findIndex((_, sample) => !used.has(sample));
  used.add(best);
  const chosen = candidates[best];
  const length = Math.sqrt(dot(chosen, chosen)) || 1;
  const direction = Float64Array.from(chosen, (value) => value / length);
  removeComponent(residual, direction);
  for (const column of candidates) removeComponent(column, direction);
  return best;
}

/** Solves the top-left `active` × `active` block of the normal equations. */
function solveReduced(gram: Float64Array, right: Float64Array, size: number, active: number): Float64Array {
  const block = new Float64Array(active * active);
  for (let row = 0; row < active; row++) block.set(gram.subarray(row * size, row * size + active), row * active);
  return solveNormalEquations(block, right.slice(0, active), active);
}

/** The network c + Σ_i v_i·ReLU(1·x − k_i) as weights: hidden W = 1, b = −k; output v, c. */
function toWeights(knots: number[], coefficients: Float64Array): NetworkWeights {
  const units = knots.length;
  return [
    { inputSize: 1, units, weights: new Float32Array(units).fill(1), bias: Float32Array.from(knots, (knot) => -knot) },
    { inputSize: units, units: 1, weights: Float32Array.from(coefficients.subarray(1, units + 1)), bias: Float32Array.of(coefficients[0]) },
  ];
}
