import { describe, expect, it } from 'vitest';
import { nearestNeighbours, pointsFromDataset, squaredDistances } from '@/lib/analysis/points';

const line = { count: 5, dimension: 1, values: Float64Array.of(0, 1, 3, 6, 10) };

describe('points', () => {
  it('pointsFromDataset(dataset) shares the inputs', () => {
    const inputs = Float32Array.of(1, 2, 3, 4);
    const points = pointsFromDataset({ count: 2, inputSize: 2, inputs, labels: Int32Array.of(0, 1), classes: 2 });
    expect(points).toEqual({ count: 2, dimension: 2, values: inputs });
    expect(points.values).toBe(inputs);
  });

  it('squaredDistances(points) is symmetric with a zero diagonal', () => {
    const distances = squaredDistances(line);
    expect(distances[0 * 5 + 2]).toBe(9);
    expect(distances[2 * 5 + 0]).toBe(9);
    expect(distances[3 * 5 + 3]).toBe(0);
  });

  it('nearestNeighbours(points, k) lists the k nearest, nearest first, excluding the point', () => {
    const neighbours = nearestNeighbours(line, 2);
    expect(Array.from(neighbours)).toEqual([1, 2, 0, 2, 1, 0, 2, 4, 3, 2]);
  });

  it('nearestNeighbours(points, k) caps k at n − 1 and breaks ties by index', () => {
    const square = { count: 4, dimension: 2, values: Float64Array.of(0, 0, 1, 0, 0, 1, 1, 1) };
    expect(Array.from(nearestNeighbours(square, 10).subarray(0, 3))).toEqual([1, 2, 3]);
  });
});
