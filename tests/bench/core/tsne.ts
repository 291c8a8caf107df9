/**
 * t-SNE of 1000 points of 64 dimensions (the 8 × 8 digits): seconds until KL(P‖Q) reaches
 * the target (checked every 50 iterations, the checks untimed), the KL, and the share of
 * each point's 10 nearest neighbours that the embedding keeps. Stops at `maxIterations` or
 * after `maxSeconds` of timed work, whichever comes first.
 */
import { neighbourhoodPreservation } from '@/lib/analysis/neighbourhood';
import type { Points } from '@/lib/analysis/points';
import { makeTsne, type TsneMethod } from '@/lib/analysis/tsne';
import { loadData } from './nets';
import { pause } from './measure';

async function digitPoints(count: number): Promise<{ points: Points; source: string }> {
  const { data, source } = await loadData('digits');
  const take = Math.min(count, data.train.count);
  return {
    points: { count: take, dimension: data.train.inputSize, values: data.train.inputs.slice(0, take * data.train.inputSize) },
    source,
  };
}

export async function runTsne(options: { method: TsneMethod; count: number; targetKl: number; maxIterations: number; maxSeconds: number }) {
  const { points, source } = await digitPoints(options.count);
  await pause();
  const began = performance.now();
  const tsne = makeTsne(points, { method: options.method, seed: 1 });
  let elapsed = performance.now() - began;
  let kl = Infinity;
  let reachedAt: number | null = null;
  while (tsne.iteration < options.maxIterations && elapsed < options.maxSeconds * 1000) {
    const chunk = performance.now();
    tsne.step(50);
    elapsed += performance.now() - chunk;
    if (tsne.iteration >= 250) {
      kl = tsne.klDivergence();
      if (kl <= options.targetKl) {
        reachedAt = elapsed;
        break;
      }
    }
  }
  if (!Number.isFinite(kl)) kl = tsne.klDivergence();
  const kept = neighbourhoodPreservation(points, tsne.embedding, 10);
  return { source, points: points.count, method: tsne.method, iterations: tsne.iteration, seconds: elapsed / 1000, reachedSeconds: reachedAt === null ? null : reachedAt / 1000, kl, kept };
}
