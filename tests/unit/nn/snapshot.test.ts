import { describe, expect, it } from 'vitest';
import { createGridInputs, createGridInputsCache, describeLayerStats, describeRequested } from '@/lib/nn/snapshot';
import type { Engine } from '@/lib/nn/engine.types';

describe('createGridInputs(grid)', () => {
  it('lays r² points row-major, x fastest, y from yMin upward, ends included', () => {
    const { resolution, inputs } = createGridInputs({ xMin: -1, xMax: 1, yMin: 0, yMax: 4, resolution: 3 });
    expect(resolution).toBe(3);
    expect(Array.from(inputs.subarray(0, 6))).toEqual([-1, 0, 0, 0, 1, 0]);
    expect(Array.from(inputs.subarray(6, 8))).toEqual([-1, 2]);
    expect(Array.from(inputs.subarray(16, 18))).toEqual([1, 4]);
  });

  it('clamps the resolution to 1 … 256', () => {
    expect(createGridInputs({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, resolution: 0 }).resolution).toBe(1);
    expect(createGridInputs({ xMin: 0, xMax: 1, yMin: 0, yMax: 1, resolution: 1e6 }).resolution).toBe(256);
  });
});

describe('createGridInputsCache()', () => {
  it('returns the same inputs while the box and resolution stay, new ones when they change', () => {
    const gridInputs = createGridInputsCache();
    const box = { xMin: -1, xMax: 1, yMin: -2, yMax: 2, resolution: 4 };
    const first = gridInputs(box);
    expect(gridInputs({ ...box })).toBe(first);
    expect(first).toEqual(createGridInputs(box));
    const moved = gridInputs({ ...box, yMax: 3 });
    expect(moved).not.toBe(first);
    expect(moved).toEqual(createGridInputs({ ...box, yMax: 3 }));
    expect(gridInputs({ ...box, yMax: 3, resolution: 5 }).resolution).toBe(5);
  });
});

describe('describeLayerStats(weights, gradientNorms) and describeRequested', () => {
  const weights = [{ inputSize: 2, units: 1, weights: new Float32Array([3, 4]), bias: null }];

  it('pairs ‖∂L/∂W_l‖ with ‖W_l‖', () => {
    expect(describeLayerStats(weights, new Float64Array([0.5]))).toEqual([{ gradientNorm: 0.5, weightNorm: 5 }]);
  });

  it('adds only what was asked, with non-finite values replaced, and no grid unless d = 2', () => {
    const engine = {
      activations: () => [new Float32Array([Infinity])],
      predict: (_inputs: Float32Array, count: number) => new Float32Array(count).fill(Number.NaN),
    } as unknown as Engine;
    const grid = { xMin: 0, xMax: 1, yMin: 0, yMax: 1, resolution: 2 };
    const extras = describeRequested(engine, 2, weights, { probe: { inputs: new Float32Array(2), count: 1 }, grid });
    expect(extras.activations?.[0][0]).toBe(3.4028234663852886e38);
    expect(Array.from(extras.grid!.values)).toEqual([0, 0, 0, 0]);
    expect(extras.weights).toBeUndefined();
    expect(describeRequested(engine, 3, weights, { grid, weights: true })).toEqual({ weights });
    expect(() => describeRequested(engine, 2, weights, { probe: { inputs: new Float32Array(1), count: 1 } })).toThrow();
  });
});
