import { describe, expect, it } from 'vitest';
import { buildQuadTree, treeKernelSums } from '@/lib/analysis/quadTree';
import { makeRandom } from '@/lib/random';

describe('quadTree', () => {
  it('buildQuadTree(positions) holds every point once, with the right total mass and centre', () => {
    const random = makeRandom(1);
    const count = 500;
    const positions = Float64Array.from({ length: 2 * count }, () => random.normal());
    const tree = buildQuadTree(positions, count);
    expect(tree.mass[0]).toBe(count);
    let meanX = 0;
    for (let i = 0; i < count; i++) meanX += positions[2 * i] / count;
    expect(tree.massX[0]).toBeCloseTo(meanX, 12);
    const held: number[] = [];
    for (let node = 0; node < tree.size; node++) if (tree.firstChild[node] < 0 && tree.point[node] >= 0) held.push(tree.point[node]);
    expect(held.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, index) => index));
  });

  it("buildQuadTree(positions) keeps each leaf's point inside its cell", () => {
    const random = makeRandom(2);
    const positions = Float64Array.from({ length: 400 }, () => random.uniform(-5, 5));
    const tree = buildQuadTree(positions, 200);
    for (let node = 0; node < tree.size; node++) {
      const point = tree.point[node];
      if (tree.firstChild[node] >= 0 || point < 0) continue;
      expect(Math.abs(positions[2 * point] - tree.centreX[node])).toBeLessThanOrEqual(tree.halfWidth[node]);
      expect(Math.abs(positions[2 * point + 1] - tree.centreY[node])).toBeLessThanOrEqual(tree.halfWidth[node]);
    }
  });

  it('buildQuadTree(coincident points) stops subdividing and stacks them in one leaf', () => {
    const positions = Float64Array.of(1, 1, 1, 1, 1, 1, 0, 0);
    const tree = buildQuadTree(positions, 4);
    expect(tree.mass[0]).toBe(4);
    let stacked = 0;
    for (let node = 0; node < tree.size; node++) if (tree.firstChild[node] < 0) stacked = Math.max(stacked, tree.mass[node]);
    expect(stacked).toBe(3);
  });

  it('treeKernelSums(tree, y_i, θ = 0) equals [Σ q̃, Σ u·q̃², Σ u²·q̃³] over the other points; θ = 0.5 stays close', () => {
    const random = makeRandom(3);
    const count = 300;
    const positions = Float64Array.from({ length: 2 * count }, () => 4 * random.normal());
    const tree = buildQuadTree(positions, count);
    const stack = new Int32Array(4 * 64 + 8);
    const exact = new Float64Array(3), approximate = new Float64Array(3);
    for (const i of [0, 17, 299]) {
      const expected = [0, 0, 0];
      for (let j = 0; j < count; j++) {
        if (j === i) continue;
        const u = (positions[2 * i] - positions[2 * j]) ** 2 + (positions[2 * i + 1] - positions[2 * j + 1]) ** 2;
        const q = 1 / (1 + u);
        expected[0] += q;
        expected[1] += u * q * q;
        expected[2] += u * u * q * q * q;
      }
      treeKernelSums(tree, positions[2 * i], positions[2 * i + 1], i, 0, stack, exact);
      treeKernelSums(tree, positions[2 * i], positions[2 * i + 1], i, 0.5, stack, approximate);
      expected.forEach((value, term) => {
        expect(exact[term]).toBeCloseTo(value, 10);
        expect(Math.abs(approximate[term] - value) / value).toBeLessThan(0.02);
      });
    }
  });

  it('treeKernelSums(tree, y_i) leaves out the point itself but counts a point on top of it', () => {
    const positions = Float64Array.of(0, 0, 0, 0, 1, 0);
    const tree = buildQuadTree(positions, 3);
    const sums = new Float64Array(3);
    treeKernelSums(tree, 0, 0, 0, 0, new Int32Array(4 * 64 + 8), sums);
    // point 1 coincides with point 0 (q̃ = 1, u = 0); point 2 is at distance 1 (q̃ = ½)
    expect(Array.from(sums)).toEqual([1.5, 0.25, 0.125]);
  });
});
