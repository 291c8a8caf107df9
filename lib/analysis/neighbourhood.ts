/**
 * How faithful a low-dimensional picture is: the share of each point's k nearest neighbours
 * in the original space that are still among its k nearest in the embedding.
 */
import { nearestNeighbours, type Points } from './points';

/**
 * (1 / n·k) Σ_i |N_k^high(i) ∩ N_k^low(i)|, in [0, 1]: 1 when every neighbourhood survives,
 * about k/(n − 1) for a random embedding. `high` and `low` must list the same n points.
 */
export function neighbourhoodPreservation(high: Points, low: Points, k: number): number {
  if (high.count !== low.count) throw new Error('neighbourhoodPreservation: point counts differ');
  const highNeighbours = nearestNeighbours(high, k);
  const lowNeighbours = nearestNeighbours(low, k);
  const kept = Math.max(0, Math.min(Math.floor(k), high.count - 1));
  if (kept === 0) return 1;
  let shared = 0;
  for (let i = 0; i < high.count; i++) {
    const set = new Set(highNeighbours.subarray(i * kept, (i + 1) * kept));
    for (let slot = 0; slot < kept; slot++) if (set.has(lowNeighbours[i * kept + slot])) shared++;
  }
  return shared / (high.count * kept);
}
