/**
 * t-SNE of 1000 points of 64 dimensions — ten Gaussian clusters, or the 8 × 8 digits:
 * seconds until KL(P‖Q) ≤ the target and the embedding keeps at least the target share of
 * each point's 10 nearest neighbours (both checked every 25 iterations from the 100th, the
 * checks untimed), with the KL and share at that point. Stops at `maxIterations` or after
 * `maxSeconds` of timed work, whichever comes first.
 */
import { neighbourhoodPreservation } from '@/lib/analysis/neighbourhood';
import type { Points } from '@/lib/analysis/points';
import { makeTsne, type TsneMethod } from '@/lib/analysis/tsne';
import { makeRandom } from '@/lib/random';
import { loadData } from './nets';
import { pause } from './measure';

/** Ten clusters of 100 points in 64-D: centres N(0, 3² I), points N(centre, I); seed 1. */
function clusterPoints(): { points: Points; source: string } {
  const random = makeRandom(1);
  const dimension = 64;
  const values = new Float64Array(1000 * dimension);
  for (let cluster = 0; cluster < 10; cluster++) {
    const centre = Array.from({ length: dimension }, () => 3 * random.normal());
    for (let member = 0; member < 100; member++) {
      for (let axis = 0; axis < dimension; axis++) values[(cluster * 100 + member) * dimension + axis] = centre[axis] + random.normal();
    }
  }
  return { points: { count: 1000, dimension, values }, source: '10 Gaussian clusters' };
}

async function digitPoints(count: number): Promise<{ points: Points; source: string }> {
  const { data, source } = await loadData('digits');
  const take = Math.min(count, data.train.count);
  return {
    points: { count: take, dimension: data.train.inputSize, values: data.train.inputs.slice(0, take * data.train.inputSize) },
    source,
  };
}

export async function runTsne(options: { data: 'clusters' | 'digits'; method: TsneMethod; count: number; targetKl: number; targetKept: number; maxIterations: number; maxSeconds: number }) {
  const { points, source } = options.data === 'clusters' ? clusterPoints() : await digitPoints(options.count);
  await pause();
  const began = performance.now();
  const tsne = makeTsne(points, { method: options.method, seed: 1 });
  let elapsed = performance.now() - began;
  let kl = Infinity;
  let kept = 0;
  let reachedAt: number | null = null;
  while (tsne.iteration < options.maxIterations && elapsed < options.maxSeconds * 1000) {
    const chunk = performance.now();
    tsne.step(25);
    elapsed += performance.now() - chunk;
    if (tsne.iteration >= 100) {
      kl = tsne.klDivergence();
      kept = neighbourhoodPreservation(points, tsne.embedding, 10);
      if (kl <= options.targetKl && kept >= options.targetKept) {
        reachedAt = elapsed;
        break;
      }
    }
  }
  if (!Number.isFinite(kl)) kl = tsne.klDivergence();
  if (reachedAt === null) kept = neighbourhoodPreservation(points, tsne.embedding, 10);
  return { source, points: points.count, method: tsne.method, iterations: tsne.iteration, seconds: elapsed / 1000, reachedSeconds: reachedAt === null ? null : reachedAt / 1000, kl, kept };
}
