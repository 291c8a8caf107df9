import { describe, expect, it } from 'vitest';
import { makeTsne, runTsne, tsneFrames, tsneInitialisations } from '@/lib/analysis/tsne';
import { pca } from '@/lib/analysis/pca';
import { neighbourhoodPreservation } from '@/lib/analysis/neighbourhood';
import type { Points } from '@/lib/analysis/points';
import { makeRandom } from '@/lib/random';

/**
 * `clusters` × `size` points in 10-D: cluster centres N(0, 10² I), each cluster spread over a
 * random 2-D plane (σ = 1) plus a little isotropic noise (σ = 0.05).
 */
function clusteredPoints(clusters: number, size: number, seed: number): { points: Points; labels: Int32Array } {
  const random = makeRandom(seed);
  const dimension = 10;
  const values = new Float64Array(clusters * size * dimension);
  const labels = new Int32Array(clusters * size);
  for (let cluster = 0; cluster < clusters; cluster++) {
    const centre = Array.from({ length: dimension }, () => 10 * random.normal());
    const planes = [0, 1].map(() => Array.from({ length: dimension }, () => random.normal() / Math.sqrt(dimension)));
    for (let member = 0; member < size; member++) {
      const i = cluster * size + member;
      const [a, b] = [random.normal(), random.normal()];
      labels[i] = cluster;
      for (let k = 0; k < dimension; k++) values[i * dimension + k] = centre[k] + a * planes[0][k] + b * planes[1][k] + 0.05 * random.normal();
    }
  }
  return { points: { count: clusters * size, dimension, values }, labels };
}

/** Whether every embedded point is nearer its own cluster's centroid than any other's. */
function clustersApart(embedding: Points, labels: Int32Array, clusters: number): boolean {
  const centroids = new Float64Array(2 * clusters);
  const sizes = new Float64Array(clusters);
  for (let i = 0; i < embedding.count; i++) {
    centroids[2 * labels[i]] += embedding.values[2 * i];
    centroids[2 * labels[i] + 1] += embedding.values[2 * i + 1];
    sizes[labels[i]]++;
  }
  for (let c = 0; c < clusters; c++) for (const axis of [0, 1]) centroids[2 * c + axis] /= sizes[c];
  for (let i = 0; i < embedding.count; i++) {
    const distance = (c: number) => Math.hypot(embedding.values[2 * i] - centroids[2 * c], embedding.values[2 * i + 1] - centroids[2 * c + 1]);
    for (let c = 0; c < clusters; c++) if (c !== labels[i] && distance(c) <= distance(labels[i])) return false;
  }
  return true;
}

describe('tsne', () => {
  const { points, labels } = clusteredPoints(5, 40, 1);

  it("runTsne(clusters, {method: 'exact'}) keeps most 10-nearest neighbours and the clusters apart", () => {
    const embedding = runTsne(points, { method: 'exact', perplexity: 15, iterations: 400, seed: 2 });
    expect(embedding.count).toBe(200);
    expect(embedding.dimension).toBe(2);
    expect(neighbourhoodPreservation(points, embedding, 10)).toBeGreaterThan(0.5);
    expect(clustersApart(embedding, labels, 5)).toBe(true);
  });

  it("runTsne(clusters, {method: 'barnesHut'}) does the same with the quad-tree", () => {
    const embedding = runTsne(points, { method: 'barnesHut', perplexity: 15, iterations: 400, seed: 2 });
    expect(neighbourhoodPreservation(points, embedding, 10)).toBeGreaterThan(0.5);
    expect(clustersApart(embedding, labels, 5)).toBe(true);
  });

  it('makeTsne(points).step(k) advances k iterations and lowers KL(P‖Q)', () => {
    const tsne = makeTsne(points, { perplexity: 15, seed: 3 });
    expect(tsne.method).toBe('exact');
    tsne.step(260);
    const early = tsne.klDivergence();
    tsne.step(140);
    expect(tsne.iteration).toBe(400);
    expect(tsne.klDivergence()).toBeLessThan(early);
    expect(tsne.klDivergence()).toBeGreaterThan(0);
  });

  it('makeTsne(points, {seed}) is deterministic and centred', () => {
    const first = runTsne(points, { seed: 4, iterations: 50 });
    expect(runTsne(points, { seed: 4, iterations: 50 })).toEqual(first);
    expect(runTsne(points, { seed: 5, iterations: 50 }).values).not.toEqual(first.values);
    let meanX = 0;
    for (let i = 0; i < first.count; i++) meanX += first.values[2 * i] / first.count;
    expect(Math.abs(meanX)).toBeLessThan(1e-9);
  });

  it("makeTsne(points, {method: 'auto', exactLimit}) switches to Barnes-Hut above the limit", () => {
    expect(makeTsne(points, { exactLimit: 100 }).method).toBe('barnesHut');
    expect(makeTsne(points, { exactLimit: 1000 }).method).toBe('exact');
  });

  it('tsneFrames(points, {iterations, every}) yields copies every `every` iterations', () => {
    const frames = [...tsneFrames(points, { iterations: 25, every: 10, seed: 6 })];
    expect(frames.map((frame) => frame.iteration)).toEqual([10, 20, 25]);
    expect(frames[0].embedding.values).not.toBe(frames[1].embedding.values);
    expect(frames[0].embedding.values).not.toEqual(frames[1].embedding.values);
  });

  it('makeTsne(one point) steps without failing', () => {
    const single = makeTsne({ count: 1, dimension: 3, values: Float64Array.of(1, 2, 3) });
    expect(Array.from(single.step(5).values).every(Number.isFinite)).toBe(true);
  });

  it("makeTsne(points, {initialisation: 'pca'}) starts on the top two principal components, spread 1e-4", () => {
    const start = makeTsne(points, { initialisation: 'pca', seed: 7 }).embedding.values;
    const projection = pca(points, 2).projection.values;
    let spread = 0;
    for (let i = 0; i < points.count; i++) spread += start[2 * i] ** 2 / points.count;
    expect(Math.sqrt(spread)).toBeCloseTo(1e-4, 12);
    const ratio = start[0] / projection[0];
    start.forEach((value, index) => expect(value).toBeCloseTo(ratio * projection[index], 15));
    expect(makeTsne(points, { initialisation: 'pca', seed: 8 }).embedding.values).toEqual(start);
  });

  it("tsneInitialisations.pca falls back to seeded noise for points without spread or a second axis", () => {
    const flat = { count: 3, dimension: 2, values: new Float64Array(6) };
    const line = { count: 3, dimension: 1, values: Float64Array.of(0, 1, 2) };
    for (const degenerate of [flat, line]) {
      const start = tsneInitialisations.pca(degenerate, makeRandom(1));
      expect(start).toEqual(tsneInitialisations.random(degenerate, makeRandom(1)));
    }
  });

  it('makeTsne(points) rescales after early exaggeration, reaching a lower KL sooner than with rescaleEvery: 0', () => {
    const withSteps = makeTsne(points, { perplexity: 15, seed: 3 });
    const without = makeTsne(points, { perplexity: 15, seed: 3, rescaleEvery: 0 });
    withSteps.step(150);
    without.step(150);
    expect(withSteps.klDivergence()).toBeLessThan(without.klDivergence());
    expect(withSteps.step(1).values).not.toEqual(without.step(1).values);
  });

  it("makeTsne(points, {learningRate: 'auto'}) is max(n/α, 200), then max(n, 200): for n = 200, 200 throughout", () => {
    expect(runTsne(points, { seed: 9, iterations: 130, learningRate: 'auto' })).toEqual(runTsne(points, { seed: 9, iterations: 130, learningRate: 200 }));
    const larger = clusteredPoints(5, 60, 2).points;
    expect(runTsne(larger, { seed: 9, iterations: 130 }).values).not.toEqual(runTsne(larger, { seed: 9, iterations: 130, learningRate: 200 }).values);
    expect(runTsne(larger, { seed: 9, iterations: 100 })).toEqual(runTsne(larger, { seed: 9, iterations: 100, learningRate: 200 }));
  });
});
