import { describe, expect, it } from 'vitest';
import { randomBrainGraph } from '@/lib/analysis/brainGraph';
import { layerGraph } from '@/lib/analysis/dagLayering';
import { denseStack } from '@/lib/analysis/denseUnits';

describe('denseStack', () => {
  it('denseStack(article example) carries x1 through layer 1 into c', () => {
    const edges: [number, number][] = [[0, 2], [1, 2], [1, 3], [2, 4], [3, 4], [0, 4], [4, 5], [4, 2]];
    const layering = layerGraph({ nodeCount: 6, edges, inputs: [0, 1] });
    const stack = denseStack(layering);
    expect(stack.units.map((layer) => layer.map((unit) => `${unit.kind[0]}${unit.node}`))).toEqual([['n0', 'n1'], ['n2', 'n3', 'c0'], ['n4'], ['n5']]);
    expect(stack.entries[0]).toContainEqual({ row: 0, column: 2, kind: 'carry', from: 0, to: 0 });
    expect(stack.entries[1]).toContainEqual({ row: 2, column: 0, kind: 'edge', from: 0, to: 4 });
  });

  it('denseStack agrees with the layering’s widths and matrix counts on random graphs', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const layering = layerGraph(randomBrainGraph(seed, 4 + (seed % 13)));
      const stack = denseStack(layering);
      expect(stack.units.map((layer) => layer.length)).toEqual(layering.widths);
      stack.entries.forEach((entries, layer) => {
        const matrix = layering.matrices[layer];
        expect(entries.filter((entry) => entry.kind === 'edge').length).toBe(matrix.realEdges);
        expect(entries.filter((entry) => entry.kind === 'carry').length).toBe(matrix.carryEntries);
        for (const entry of entries) {
          expect(entry.row).toBeGreaterThanOrEqual(0);
          expect(entry.row).toBeLessThan(matrix.rows);
          expect(entry.column).toBeGreaterThanOrEqual(0);
          expect(entry.column).toBeLessThan(matrix.columns);
        }
        expect(new Set(entries.map((entry) => `${entry.row},${entry.column}`)).size).toBe(entries.length);
      });
    }
  });
});
