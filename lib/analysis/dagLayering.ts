/**
 * From a brain-like wiring diagram (a directed graph, possibly with cycles) to a stack of dense
 * layers: cut the back-edges a depth-first search from the inputs finds, give every node the
 * layer ℓ(v) = length of the longest path to it from the inputs, carry a value through
 * identity units wherever an edge skips layers, and measure how much of the resulting dense
 * layer-to-layer matrices are real edges.
 */

/** A directed graph on nodes 0 … nodeCount−1; edges are [from, to]. */
export interface DirectedGraph {
  nodeCount: number;
  edges: [number, number][];
  /** The nodes the signal enters at (searched first, in this order). */
  inputs: number[];
}

/** The dense matrix from layer l (rows) to layer l + 1 (columns). */
export interface LayerMatrix {
  rows: number;
  columns: number;
  /** Original edges this matrix holds (those ending in layer l + 1). */
  realEdges: number;
  /** Identity entries that carry a value on to a later layer. */
  carryEntries: number;
}

/** The result of `layerGraph`: layers, cuts, carries and the dense matrices’ density. */
export interface Layering {
  /** ℓ(v) for every node. */
  layerOf: Int32Array;
  /** Number of layers L = max ℓ + 1. */
  layerCount: number;
  /** Edges removed to break the cycles (closing a cycle in the DFS, self-loops included). */
  backEdges: [number, number][];
  /** The edges kept: the graph they form is acyclic. */
  forwardEdges: [number, number][];
  /** Identity units node u needs: max over its edges u→v of ℓ(v) − ℓ(u) − 1, at least 0. */
  carriesByNode: Int32Array;
  /** Σ carriesByNode: every value passed on through a layer it skips costs one unit there. */
  carries: number;
  /** Units per layer: its nodes plus the carries passing through it. */
  widths: number[];
  matrices: LayerMatrix[];
  /** Real edges / dense entries = |forwardEdges| / Σ_l widths[l]·widths[l+1] (1 when there are none). */
  density: number;
}

/** Successor lists of the graph. */
function successors(graph: DirectedGraph): number[][] {
  const lists: number[][] = Array.from({ length: graph.nodeCount }, () => []);
  for (const [from, to] of graph.edges) lists[from].push(to);
  return lists;
}

/**
 * The back-edges of an iterative depth-first search started from each input in turn, then
 * from any node still unvisited (in index order): edges into a node still on the stack.
 */
export function findBackEdges(graph: DirectedGraph): [number, number][] {
  const next = successors(graph);
  const state = new Uint8Array(graph.nodeCount); // 0 unvisited, 1 on the stack, 2 done
  const backEdges: [number, number][] = [];
  const roots = [...graph.inputs, ...Array.from({ length: graph.nodeCount }, (_, node) => node)];
  for (const root of roots) {
    if (state[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, edgeIndex] = top;
      if (edgeIndex === next[node].length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      const target = next[node][edgeIndex];
      if (state[target] === 1) backEdges.push([node, target]);
      else if (state[target] === 0) {
        state[target] = 1;
        stack.push([target, 0]);
      }
    }
  }
  return backEdges;
}

/** ℓ(v) = 0 for nodes without incoming kept edges, else 1 + max ℓ(u) over u → v (Kahn order). */
export function longestPathLayers(nodeCount: number, edges: [number, number][]): Int32Array {
  const layerOf = new Int32Array(nodeCount);
  const incoming = new Int32Array(nodeCount);
  const next: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [from, to] of edges) {
    next[from].push(to);
    incoming[to]++;
  }
  const ready = Array.from({ length: nodeCount }, (_, node) => node).filter((node) => incoming[node] === 0);
  for (let cursor = 0; cursor < ready.length; cursor++) {
    const node = ready[cursor];
    for (const target of next[node]) {
      layerOf[target] = Math.max(layerOf[target], layerOf[node] + 1);
      if (--incoming[target] === 0) ready.push(target);
    }
  }
  if (ready.length < nodeCount) throw new Error('longestPathLayers: the edges contain a cycle');
  return layerOf;
}

/** The carries, widths and layer-to-layer matrices of a layered acyclic graph. */
function denseLayout(layerOf: Int32Array, layerCount: number, edges: [number, number][]) {
  const reach = Int32Array.from(layerOf);
  for (const [from, to] of edges) reach[from] = Math.max(reach[from], layerOf[to]);
  const carriesByNode = reach.map((last, node) => Math.max(0, last - layerOf[node] - 1));
  const widths = new Array<number>(layerCount).fill(0);
  for (let node = 0; node < layerOf.length; node++) {
    widths[layerOf[node]]++;
    for (let layer = layerOf[node] + 1; layer < reach[node]; layer++) widths[layer]++;
  }
  const matrices: LayerMatrix[] = widths.slice(1).map((columns, index) => ({ rows: widths[index], columns, realEdges: 0, carryEntries: 0 }));
  for (const [, to] of edges) matrices[layerOf[to] - 1].realEdges++;
  carriesByNode.forEach((carries, node) => {
    for (let step = 0; step < carries; step++) matrices[layerOf[node] + step].carryEntries++;
  });
  return { carriesByNode, widths, matrices };
}

/** The whole pipeline: back-edges, layers, carries, widths and density (see `Layering`). */
export function layerGraph(graph: DirectedGraph): Layering {
  const backEdges = findBackEdges(graph);
  const isBack = new Set(backEdges.map(([from, to]) => `${from}>${to}`));
  const forwardEdges = graph.edges.filter(([from, to]) => !isBack.has(`${from}>${to}`));
  const layerOf = longestPathLayers(graph.nodeCount, forwardEdges);
  const layerCount = graph.nodeCount === 0 ? 0 : Math.max(...layerOf) + 1;
  const { carriesByNode, widths, matrices } = denseLayout(layerOf, layerCount, forwardEdges);
  const denseEntries = matrices.reduce((sum, matrix) => sum + matrix.rows * matrix.columns, 0);
  return {
    layerOf,
    layerCount,
    backEdges,
    forwardEdges,
    carriesByNode,
    carries: carriesByNode.reduce((sum, carries) => sum + carries, 0),
    widths,
    matrices,
    density: denseEntries === 0 ? 1 : forwardEdges.length / denseEntries,
  };
}
