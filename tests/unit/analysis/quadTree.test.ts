import { describe, expect, it } from 'vitest';
import { buildQuadTree } from '@/lib/analysis/quadTree';
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
});
