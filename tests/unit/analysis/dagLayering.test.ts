import { describe, expect, it } from 'vitest';
import { findBackEdges, layerGraph, longestPathLayers } from '@/lib/analysis/dagLayering';

describe('dagLayering', () => {
  it('layerGraph(chain) gives one node per layer and a fully dense stack', () => {
    const layering = layerGraph({ nodeCount: 4, edges: [[0, 1], [1, 2], [2, 3]], inputs: [0] });
    expect(Array.from(layering.layerOf)).toEqual([0, 1, 2, 3]);
    expect(layering.layerCount).toBe(4);
    expect(layering.backEdges).toEqual([]);
    expect(layering.carries).toBe(0);
    expect(layering.widths).toEqual([1, 1, 1, 1]);
    expect(layering.density).toBe(1);
  });

  it('layerGraph(cycle) removes the back-edge the DFS from the input finds', () => {
    const layering = layerGraph({ nodeCount: 3, edges: [[0, 1], [1, 2], [2, 0]], inputs: [0] });
    expect(layering.backEdges).toEqual([[2, 0]]);
    expect(Array.from(layering.layerOf)).toEqual([0, 1, 2]);
  });

  it('layerGraph(self-loop and inner cycle) cuts them and layers the rest', () => {
    const layering = layerGraph({ nodeCount: 4, edges: [[0, 1], [1, 1], [1, 2], [2, 1], [2, 3]], inputs: [0] });
    expect(layering.backEdges).toEqual([[1, 1], [2, 1]]);
    expect(Array.from(layering.layerOf)).toEqual([0, 1, 2, 3]);
  });

  it('layerGraph(skip edge) needs identity carries through the skipped layers', () => {
    // 0 → 1 → 2 → 3 and a skip 0 → 3: node 0 must be carried through layers 1 and 2
    const layering = layerGraph({ nodeCount: 4, edges: [[0, 1], [1, 2], [2, 3], [0, 3]], inputs: [0] });
    expect(Array.from(layering.layerOf)).toEqual([0, 1, 2, 3]);
    expect(Array.from(layering.carriesByNode)).toEqual([2, 0, 0, 0]);
    expect(layering.carries).toBe(2);
    expect(layering.widths).toEqual([1, 2, 2, 1]);
    expect(layering.matrices.map((matrix) => [matrix.rows, matrix.columns, matrix.realEdges, matrix.carryEntries])).toEqual([
      [1, 2, 1, 1],
      [2, 2, 1, 1],
      [2, 1, 2, 0],
    ]);
    // 4 real edges in 1·2 + 2·2 + 2·1 = 8 dense entries
    expect(layering.density).toBe(0.5);
  });

  it('layerGraph(diamond) puts a node at its longest distance from the inputs', () => {
    const layering = layerGraph({ nodeCount: 5, edges: [[0, 1], [1, 2], [2, 4], [0, 3], [3, 4]], inputs: [0] });
    expect(Array.from(layering.layerOf)).toEqual([0, 1, 2, 1, 3]);
    expect(layering.carries).toBe(1);
  });

  it('findBackEdges(graph) also searches nodes unreachable from the inputs', () => {
    expect(findBackEdges({ nodeCount: 4, edges: [[0, 1], [2, 3], [3, 2]], inputs: [0] })).toEqual([[3, 2]]);
  });

  it('longestPathLayers(cyclic edges) throws', () => {
    expect(() => longestPathLayers(2, [[0, 1], [1, 0]])).toThrow(/cycle/);
  });

  it('layerGraph(empty graph) has no layers', () => {
    const layering = layerGraph({ nodeCount: 0, edges: [], inputs: [] });
    expect(layering.layerCount).toBe(0);
    expect(layering.density).toBe(1);
  });
});
