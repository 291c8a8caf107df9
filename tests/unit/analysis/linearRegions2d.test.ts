import { describe, expect, it } from 'vitest';
import type { LayerWeights } from '@/lib/nn/spec';
import { countLinearRegions2d, linearRegionsInBox, polygonArea, splitPolygon } from '@/lib/analysis/linearRegions2d';
import { evaluateReluNetwork } from '@/lib/analysis/reluNetwork';
import { makeRandom } from '@/lib/random';

const box = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };

/** One hidden layer whose unit u is ReLU(a_u x + b_u y + c_u), then a sum. */
function lines(coefficients: [number, number, number][]): LayerWeights[] {
  const units = coefficients.length;
  const weights = new Float32Array(2 * units);
  coefficients.forEach(([a, b], unit) => {
    weights[unit] = a;
    weights[units + unit] = b;
  });
  return [
    { inputSize: 2, units, weights, bias: Float32Array.from(coefficients, ([, , c]) => c) },
    { inputSize: units, units: 1, weights: new Float32Array(units).fill(1), bias: null },
  ];
}

describe('linearRegionsInBox', () => {
  it('polygonArea(square) is its area, positive counter-clockwise', () => {
    expect(polygonArea([0, 0, 2, 0, 2, 2, 0, 2])).toBe(4);
  });

  it('splitPolygon(square, line) returns the two halves', () => {
    const [positive, negative] = splitPolygon([-1, -1, 1, -1, 1, 1, -1, 1], 0, 1, 0);
    expect(polygonArea(positive)).toBeCloseTo(2, 12);
    expect(polygonArea(negative)).toBeCloseTo(2, 12);
  });

  it('linearRegionsInBox(one unit) finds 2 regions, and 1 when its line misses the box', () => {
    expect(countLinearRegions2d(lines([[1, 1, 0]]), box)).toBe(2);
    expect(countLinearRegions2d(lines([[1, 1, 5]]), box)).toBe(1);
  });

  it('linearRegionsInBox(3 lines in general position) finds 7 regions', () => {
    const result = linearRegionsInBox(lines([[1, 0, 0.1], [0, 1, -0.2], [1, 1, 0.3]]), box);
    expect(result.count).toBe(7);
    expect(result.truncated).toBe(false);
  });

  it('linearRegionsInBox(lines through corners or along edges) cuts off no slivers', () => {
    expect(countLinearRegions2d(lines([[1, -1, 0]]), box)).toBe(2);
    expect(countLinearRegions2d(lines([[1, 0, -1]]), box)).toBe(1);
    expect(countLinearRegions2d(lines([[1, -1, 0], [1, 1, 0], [1, 0, -1]]), box)).toBe(4);
  });

  it('linearRegionsInBox(tiny regions in a huge box) keeps them', () => {
    // three lines bounding a triangle of area ~1e-6 near the origin, in a box of side 2e4
    const huge = { xMin: -1e4, xMax: 1e4, yMin: -1e4, yMax: 1e4 };
    expect(countLinearRegions2d(lines([[1, 0, 0], [0, 1, 0], [1, 1, -1e-3]]), huge)).toBe(7);
  });

  it('linearRegionsInBox(3 concurrent lines) finds 6 regions', () => {
    expect(countLinearRegions2d(lines([[1, 0, 0], [0, 1, 0], [1, 1, 0]]), box)).toBe(6);
  });

  it('linearRegionsInBox(layers, box) tiles the box, and each region is linear with its own pattern', () => {
    const random = makeRandom(3);
    const randomLayer = (inputSize: number, units: number): LayerWeights => ({
      inputSize,
      units,
      weights: Float32Array.from({ length: inputSize * units }, () => random.normal()),
      bias: Float32Array.from({ length: units }, () => 0.5 * random.normal()),
    });
    const layers = [randomLayer(2, 6), randomLayer(6, 5), randomLayer(5, 1)];
    const { regions } = linearRegionsInBox(layers, box);
    const totalArea = regions.reduce((sum, region) => sum + polygonArea(region.polygon), 0);
    expect(totalArea).toBeCloseTo(4, 9);
    expect(new Set(regions.map((region) => region.pattern.join(''))).size).toBe(regions.length);
    for (const { polygon } of regions.slice(0, 20)) {
      // the network is affine on the region: its value at the centroid is the mean of the vertices' values
      const vertices = polygon.length / 2;
      let cx = 0, cy = 0, mean = 0;
      for (let index = 0; index < vertices; index++) {
        cx += polygon[2 * index] / vertices;
        cy += polygon[2 * index + 1] / vertices;
        mean += evaluateReluNetwork(layers, [polygon[2 * index], polygon[2 * index + 1]])[0] / vertices;
      }
      expect(evaluateReluNetwork(layers, [cx, cy])[0]).toBeCloseTo(mean, 4);
    }
  });

  it('linearRegionsInBox(layers, box, maxRegions) stops and flags truncation', () => {
    const coefficients: [number, number, number][] = Array.from({ length: 12 }, (_, index) => [Math.cos(index), Math.sin(index), 0.1 * index - 0.5]);
    const result = linearRegionsInBox(lines(coefficients), box, 10);
    expect(result.truncated).toBe(true);
  });
});
