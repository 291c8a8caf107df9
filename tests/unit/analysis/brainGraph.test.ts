import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEdges, MAX_EDGES, parseEdges, randomBrainGraph, shortestDepth, toggleEdge } from '@/lib/analysis/brainGraph';
import { layerGraph } from '@/lib/analysis/dagLayering';

describe('brainGraph', () => {
  it('randomBrainGraph(seed, n) is reproducible, in bounds and has a loop to cut', () => {
    for (const n of [4, 8, 12, 16]) {
      for (const seed of [1, 2, 3, 42]) {
        const graph = randomBrainGraph(seed, n);
        expect(randomBrainGraph(seed, n)).toEqual(graph);
        expect(graph.nodeCount).toBe(n);
        expect(graph.edges.length).toBeLessThanOrEqual(MAX_EDGES);
        expect(new Set(graph.edges.map(([a, b]) => `${a}-${b}`)).size).toBe(graph.edges.length);
        expect(graph.edges.every(([, to]) => to >= 2)).toBe(true);
        expect(layerGraph(graph).backEdges.length).toBeGreaterThan(0);
        // every node is reachable from input 0 (so a new edge from 0 never reorders the search)
        expect(shortestDepth(n, graph.edges, [0])).toBeLessThan(n);
        const reached = new Set([0]);
        for (let pass = 0; pass < n; pass++) for (const [a, b] of graph.edges) if (reached.has(a)) reached.add(b);
        expect(reached.size).toBe(n - 1 + (reached.has(1) ? 1 : 0));
        expect(graph.edges.some(([from]) => from === 1)).toBe(true);
        expect(parseEdges(formatEdges(graph.edges), n)).toEqual(graph);
      }
    }
    expect(randomBrainGraph(1, 10)).not.toEqual(randomBrainGraph(2, 10));
  });

  it('parseEdges(text, n) reads an edge list and rejects anything else', () => {
    expect(parseEdges('0-2,2-3,3-2', 4)?.edges).toEqual([[0, 2], [2, 3], [3, 2]]);
    expect(parseEdges('', 5)?.edges).toEqual([]);
    for (const junk of ['0-4', '0-1,0-1', '0--1', '0-1,', 'a-b', '0-1;1-2', '001-2', '-', '<b>', '1-2 ']) {
      expect(parseEdges(junk, 4)).toBeNull();
    }
    expect(parseEdges('0-1', 3)).toBeNull();
    expect(parseEdges('0-1', 17)).toBeNull();
    expect(parseEdges(Array.from({ length: MAX_EDGES + 1 }, (_, i) => `${i % 16}-${Math.floor(i / 16)}`).join(','), 16)).toBeNull();
  });

  it('parseEdges never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 0, max: 20 }), (text, n) => {
      const graph = parseEdges(text, n);
      return graph === null || graph.edges.every(([a, b]) => a < n && b < n);
    }), { numRuns: 1000 });
  });

  it('toggleEdge(graph, from, to) adds a missing edge and removes a present one', () => {
    const graph = { nodeCount: 4, edges: [[0, 2]] as [number, number][], inputs: [0, 1] };
    const added = toggleEdge(graph, 2, 3);
    expect(added.edges).toEqual([[0, 2], [2, 3]]);
    expect(toggleEdge(added, 0, 2).edges).toEqual([[2, 3]]);
    expect(toggleEdge(graph, 0, 9)).toBe(graph);
  });

  it('shortestDepth is the diameter from the inputs, below the longest path when a shortcut exists', () => {
    // the article's example: x1=0, x2=1, a=2, b=3, c=4, y=5; feedback c → a
    const edges: [number, number][] = [[0, 2], [1, 2], [1, 3], [2, 4], [3, 4], [0, 4], [4, 5], [4, 2]];
    const layering = layerGraph({ nodeCount: 6, edges, inputs: [0, 1] });
    expect(layering.backEdges).toEqual([[4, 2]]);
    expect(layering.layerCount - 1).toBe(3);
    expect(shortestDepth(6, layering.forwardEdges, [0, 1])).toBe(2);
    expect(shortestDepth(3, [], [0, 1])).toBe(0);
  });
});
