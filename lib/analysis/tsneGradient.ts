/**
 * The t-SNE gradient, in bhtsne's units (without the constant factor 4):
 *   ∂C/∂y_i ∝ α Σ_j p_ij q̃_ij (y_i − y_j) − (1/Z) Σ_j q̃_ij² (y_i − y_j),
 * with q̃_ij = (1 + ‖y_i − y_j‖²)^{−1}, Z = Σ_{k≠l} q̃_kl, α the exaggeration. The first sum
 * attracts neighbours, the second repels everything. Exact: dense P, all pairs, O(n²).
 * Barnes-Hut: attraction over the sparse P, repulsion through a quad-tree, O(n log n).
 * Also: KL(P‖Q) itself, and its first two derivatives along a rescaling of Y (the scale step).
 */
import { buildQuadTree, treeKernelSums, treeRepulsion } from './quadTree';
import type { DenseAffinities, SparseAffinities } from './tsneAffinities';

/** The Barnes-Hut repulsion on one point (it lives with the tree now; re-exported for old imports). */
export { treeRepulsion } from './quadTree';

/** Adds one pair's pull p·q̃·(y_i − y_j) and push q̃²·(y_i − y_j) to i and j; returns q̃. */
function addPair(values: Float64Array, positions: Float64Array, count: number, i: number, j: number, sums: Float64Array): number {
  const dx = positions[2 * i] - positions[2 * j], dy = positions[2 * i + 1] - positions[2 * j + 1];
  const q = 1 / (1 + dx * dx + dy * dy);
  const pull = values[i * count + j] * q, push = q * q;
  const terms = [pull * dx, pull * dy, push * dx, push * dy];
  for (let term = 0; term < 4; term++) {
    sums[4 * i + term] += terms[term];
    sums[4 * j + term] -= terms[term];
  }
  return q;
}

/**
 * Rows a = i and b = i + 1 against every j > i + 1 in one sweep, so each y_j and each of j's
 * four running sums [pull x, pull y, push x, push y] is touched once for two pairs. Returns
 * the pairs' share of Z/2.
 */
function addRowPair(values: Float64Array, positions: Float64Array, count: number, i: number, sums: Float64Array): number {
  const ax = positions[2 * i], ay = positions[2 * i + 1], bx = positions[2 * i + 2], by = positions[2 * i + 3];
  const rowA = i * count, rowB = rowA + count;
  let normaliser = addPair(values, positions, count, i, i + 1, sums);
  let pullAx = 0, pullAy = 0, pushAx = 0, pushAy = 0, pullBx = 0, pullBy = 0, pushBx = 0, pushBy = 0;
  for (let j = i + 2; j < count; j++) {
    const xj = positions[2 * j], yj = positions[2 * j + 1];
    const dax = ax - xj, day = ay - yj, dbx = bx - xj, dby = by - yj;
    const qa = 1 / (1 + dax * dax + day * day), qb = 1 / (1 + dbx * dbx + dby * dby);
    normaliser += qa + qb;
    const pa = values[rowA + j] * qa, pb = values[rowB + j] * qb, wa = qa * qa, wb = qb * qb;
    const paX = pa * dax, paY = pa * day, waX = wa * dax, waY = wa * day;
    const pbX = pb * dbx, pbY = pb * dby, wbX = wb * dbx, wbY = wb * dby;
    pullAx += paX; pullAy += paY; pushAx += waX; pushAy += waY;
    pullBx += pbX; pullBy += pbY; pushBx += wbX; pushBy += wbY;
    const base = 4 * j;
    sums[base] -= paX + pbX; sums[base + 1] -= paY + pbY; sums[base + 2] -= waX + wbX; sums[base + 3] -= waY + wbY;
  }
  const base = 4 * i;
  sums[base] += pullAx; sums[base + 1] += pullAy; sums[base + 2] += pushAx; sums[base + 3] += pushAy;
  sums[base + 4] += pullBx; sums[base + 5] += pullBy; sums[base + 6] += pushBx; sums[base + 7] += pushBy;
  return normaliser;
}

/**
 * Exact gradient into `gradient` (2n) from dense P: one pass over the n(n−1)/2 pairs, each
 * updating both ends, two rows at a time (see `addRowPair`).
 */
export function exactGradient(affinities: DenseAffinities, positions: Float64Array, exaggeration: number, gradient: Float64Array): void {
  const { count, values } = affinities;
  const sums = new Float64Array(4 * count);
  let normaliser = 0;
  for (let i = 0; i + 1 < count; i += 2) normaliser += addRowPair(values, positions, count, i, sums);
  normaliser *= 2;
  for (let i = 0; i < count; i++) {
    gradient[2 * i] = exaggeration * sums[4 * i] - sums[4 * i + 2] / normaliser;
    gradient[2 * i + 1] = exaggeration * sums[4 * i + 1] - sums[4 * i + 3] / normaliser;
  }
}

/** Adds the attraction α Σ_j p_ij q̃_ij (y_i − y_j) over the sparse P to `gradient`. */
function sparseAttraction(affinities: SparseAffinities, positions: Float64Array, exaggeration: number, gradient: Float64Array): void {
  const { count, rowStarts, columns, values } = affinities;
  for (let i = 0; i < count; i++) {
    const xi = positions[2 * i], yi = positions[2 * i + 1];
    let pullX = 0, pullY = 0;
    for (let entry = rowStarts[i]; entry < rowStarts[i + 1]; entry++) {
      const j = columns[entry];
      const dx = xi - positions[2 * j], dy = yi - positions[2 * j + 1];
      const pull = values[entry] / (1 + dx * dx + dy * dy);
      pullX += pull * dx;
      pullY += pull * dy;
    }
    gradient[2 * i] += exaggeration * pullX;
    gradient[2 * i + 1] += exaggeration * pullY;
  }
}

/** Barnes-Hut gradient into `gradient` (2n) with opening angle θ. */
export function barnesHutGradient(affinities: SparseAffinities, positions: Float64Array, exaggeration: number, theta: number, gradient: Float64Array): void {
  const { count } = affinities;
  const tree = buildQuadTree(positions, count);
  const stack = new Int32Array(4 * 64 + 8);
  const repulsion = new Float64Array(2 * count);
  const pair = new Float64Array(2);
  let normaliser = 0;
  for (let i = 0; i < count; i++) {
    normaliser += treeRepulsion(tree, positions[2 * i], positions[2 * i + 1], i, theta, stack, pair);
    repulsion[2 * i] = pair[0];
    repulsion[2 * i + 1] = pair[1];
  }
  gradient.fill(0);
  sparseAttraction(affinities, positions, exaggeration, gradient);
  for (let index = 0; index < 2 * count; index++) gradient[index] -= repulsion[index] / normaliser;
}

/** Z = Σ_{i≠j} q̃_ij, exactly (O(n²)). */
export function exactNormaliser(positions: Float64Array, count: number): number {
  let total = 0;
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const dx = positions[2 * i] - positions[2 * j], dy = positions[2 * i + 1] - positions[2 * j + 1];
      total += 1 / (1 + dx * dx + dy * dy);
    }
  }
  return 2 * total;
}

/** ln(p_ij / q_ij)·p_ij for one pair, given Z. */
function klTerm(positions: Float64Array, normaliser: number, i: number, j: number, p: number): number {
  if (p <= 0) return 0;
  const dx = positions[2 * i] - positions[2 * j], dy = positions[2 * i + 1] - positions[2 * j + 1];
  return p * Math.log(p * normaliser * (1 + dx * dx + dy * dy));
}

/** KL(P‖Q) = Σ_{i≠j} p_ij ln(p_ij / q_ij) over the stored p_ij > 0, with the exact Z. */
export function klDivergence(affinities: DenseAffinities | SparseAffinities, positions: Float64Array): number {
  const { count } = affinities;
  const normaliser = exactNormaliser(positions, count);
  let total = 0;
  if ('rowStarts' in affinities) {
    const { rowStarts, columns, values } = affinities;
    for (let i = 0; i < count; i++) {
      for (let entry = rowStarts[i]; entry < rowStarts[i + 1]; entry++) total += klTerm(positions, normaliser, i, columns[entry], values[entry]);
    }
  } else {
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < count; j++) if (j !== i) total += klTerm(positions, normaliser, i, j, affinities.values[i * count + j]);
    }
  }
  return total;
}

/** KL(s·Y) as a function of t = s², near t = 1: its slope and curvature there. */
export interface ScaleDerivatives {
  /** d KL / dt at t = 1. */
  slope: number;
  /** d² KL / dt² at t = 1. */
  curvature: number;
}

/**
 * With u = ‖y_i − y_j‖², q̃ = 1/(1 + t·u) and sums over ordered pairs, KL(√t·Y) = const +
 * Σ p ln(1 + t·u) + ln Z(t), so at t = 1, writing A = Σ p·u·q̃, B = Σ p·u²·q̃², C = Σ u·q̃²,
 * D = Σ u²·q̃³: slope = A − C/Z, curvature = −B + 2D/Z − (C/Z)².
 */
function fromSums(a: number, b: number, normaliser: number, c: number, d: number): ScaleDerivatives {
  const ratio = c / normaliser;
  return { slope: a - ratio, curvature: -b + (2 * d) / normaliser - ratio * ratio };
}

/** A, B, Z, C, D of `fromSums` in one pass over the pairs of a dense P. */
function denseScaleDerivatives(affinities: DenseAffinities, positions: Float64Array): ScaleDerivatives {
  const { count, values } = affinities;
  let a = 0, b = 0, normaliser = 0, c = 0, d = 0;
  for (let i = 0; i < count; i++) {
    const xi = positions[2 * i], yi = positions[2 * i + 1], row = i * count;
    for (let j = i + 1; j < count; j++) {
      const dx = xi - positions[2 * j], dy = yi - positions[2 * j + 1];
      const u = dx * dx + dy * dy;
      const q = 1 / (1 + u);
      const uq = u * q, pull = values[row + j] * uq;
      normaliser += q;
      c += uq * q;
      d += uq * uq * q;
      a += pull;
      b += pull * uq;
    }
  }
  return fromSums(2 * a, 2 * b, 2 * normaliser, 2 * c, 2 * d);
}

/** The same from a sparse P, the pair sums Z, C, D through a quad-tree with opening angle θ. */
function sparseScaleDerivatives(affinities: SparseAffinities, positions: Float64Array, theta: number): ScaleDerivatives {
  const { count, rowStarts, columns, values } = affinities;
  let a = 0, b = 0, normaliser = 0, c = 0, d = 0;
  for (let i = 0; i < count; i++) {
    for (let entry = rowStarts[i]; entry < rowStarts[i + 1]; entry++) {
      const j = columns[entry];
      const dx = positions[2 * i] - positions[2 * j], dy = positions[2 * i + 1] - positions[2 * j + 1];
      const u = dx * dx + dy * dy, uq = u / (1 + u);
      a += values[entry] * uq;
      b += values[entry] * uq * uq;
    }
  }
  const tree = buildQuadTree(positions, count);
  const stack = new Int32Array(4 * 64 + 8);
  const sums = new Float64Array(3);
  for (let i = 0; i < count; i++) {
    treeKernelSums(tree, positions[2 * i], positions[2 * i + 1], i, theta, stack, sums);
    normaliser += sums[0];
    c += sums[1];
    d += sums[2];
  }
  return fromSums(a, b, normaliser, c, d);
}

/** Slope and curvature of KL(s·Y) in t = s² at t = 1; a sparse P's pair sums use the tree with θ (exact at θ = 0). */
export function scaleDerivatives(affinities: DenseAffinities | SparseAffinities, positions: Float64Array, theta = 0): ScaleDerivatives {
  return 'rowStarts' in affinities ? sparseScaleDerivatives(affinities, positions, theta) : denseScaleDerivatives(affinities, positions);
}

/**
 * The factor s for one Newton step on KL(s·Y) in t = s² (t = 1 − slope / curvature), kept
 * within [1/limit, limit]; where the curvature is not positive, the bound the slope points to.
 */
export function scaleStep({ slope, curvature }: ScaleDerivatives, limit = 1.25): number {
  if (!Number.isFinite(slope) || !Number.isFinite(curvature)) return 1;
  const squared = curvature > 0 ? 1 - slope / curvature : slope < 0 ? Infinity : slope > 0 ? 0 : 1;
  return Math.min(limit, Math.max(1 / limit, Math.sqrt(Math.max(0, squared))));
}
