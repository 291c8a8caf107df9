import { describe, expect, it } from 'vitest';
import { randomBrainGraph, shortestDepth, toggleEdge } from '@/lib/analysis/brainGraph';
import { layerGraph } from '@/lib/analysis/dagLayering';

// The article's caption for the graph-layers demo: "add a shortcut from input 0 straight to the
// last neuron: the layer count stays the same, the shortest-route depth can only fall, and
// step 4 shows the carries the shortcut costs."
describe('graph-layers caption', () => {
  it('a shortcut 0 → last neuron keeps the layer count and never raises the shortest-route depth', () => {
    let carriesGrew = 0;
    let cases = 0;
    for (let size = 4; size <= 16; size++) {
      for (let seed = 1; seed <= 60; seed++) {
        const graph = randomBrainGraph(seed, size);
        const last = size - 1;
        if (graph.edges.some(([from, to]) => from === 0 && to === last)) continue;
        const before = layerGraph(graph);
        const after = layerGraph(toggleEdge(graph, 0, last));
        cases++;
        expect(after.layerCount, `size ${size} seed ${seed}`).toBe(before.layerCount);
        expect(shortestDepth(size, after.forwardEdges, graph.inputs)).toBeLessThanOrEqual(shortestDepth(size, before.forwardEdges, graph.inputs));
        // The shortcut costs carries exactly when it reaches past input 0's farthest edge.
        const farthest = before.carriesByNode[0] + 1;
        if (before.layerOf[last] > farthest) {
          carriesGrew++;
          expect(after.carriesByNode[0]).toBe(before.layerOf[last] - 1);
        } else expect(after.carries).toBe(before.carries);
      }
    }
    expect(cases).toBeGreaterThan(500);
    // and for most graphs it does cost carries
    expect(carriesGrew / cases).toBeGreaterThan(0.5);
  });

  it('the longest path, not the shortest-route depth, is the layer count of the article’s example', () => {
    const edges: [number, number][] = [[0, 2], [1, 2], [1, 3], [2, 4], [3, 4], [0, 4], [4, 5], [4, 2]];
    const layering = layerGraph({ nodeCount: 6, edges, inputs: [0, 1] });
    expect(layering.layerCount - 1).toBe(3);
    expect(shortestDepth(6, layering.forwardEdges, [0, 1])).toBe(2);
  });
});
