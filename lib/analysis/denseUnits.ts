/**
 * Where every unit of a layered graph sits in the dense stack, and which entries of each
 * layer-to-layer matrix are real: a graph node, or an identity carry of a node's value through
 * a layer its edge skips (relu(x) − relu(−x) = x), and the matrix entries of the graph's edges
 * and of those carries. Everything else in the dense matrices is a zero weight.
 */
import type { Layering } from './dagLayering';

/** One unit of a dense layer: a node of the graph, or a carry of `node`'s value. */
export interface Unit {
  kind: 'node' | 'carry';
  node: number;
}

/** A nonzero entry of the matrix from layer l to l + 1: row and column index units. */
export interface MatrixEntry {
  row: number;
  column: number;
  kind: 'edge' | 'carry';
  /** The graph edge it holds (for carries: the node carried, twice). */
  from: number;
  to: number;
}

/** The units of every layer and the nonzero entries of every layer-to-layer matrix. */
export interface DenseStack {
  units: Unit[][];
  entries: MatrixEntry[][];
}

/**
 * The dense stack of a layering: layer l holds its nodes (in index order) and then a carry
 * for every node whose value an edge still needs in a later layer. The unit counts equal
 * `layering.widths` and the entries `realEdges + carryEntries` of each matrix.
 */
export function denseStack(layering: Layering): DenseStack {
  const { layerOf, layerCount, carriesByNode, forwardEdges } = layering;
  const units: Unit[][] = Array.from({ length: layerCount }, () => []);
  layerOf.forEach((layer, node) => units[layer].push({ kind: 'node', node }));
  carriesByNode.forEach((carries, node) => {
    for (let step = 1; step <= carries; step++) units[layerOf[node] + step].push({ kind: 'carry', node });
  });
  // The unit that holds node's value in layer l: the node itself, or its carry there.
  const holder = (node: number, layer: number) => units[layer].findIndex((unit) => unit.node === node);
  const entries: MatrixEntry[][] = Array.from({ length: Math.max(0, layerCount - 1) }, () => []);
  for (const [from, to] of forwardEdges) {
    const layer = layerOf[to] - 1;
    entries[layer].push({ row: holder(from, layer), column: holder(to, layer + 1), kind: 'edge', from, to });
  }
  carriesByNode.forEach((carries, node) => {
    for (let step = 0; step < carries; step++) {
      const layer = layerOf[node] + step;
      entries[layer].push({ row: holder(node, layer), column: holder(node, layer + 1), kind: 'carry', from: node, to: node });
    }
  });
  return { units, entries };
}
