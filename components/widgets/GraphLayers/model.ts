import { formatEdges, parseEdges, randomBrainGraph, shortestDepth } from '@/lib/analysis/brainGraph';
import { layerGraph, type DirectedGraph } from '@/lib/analysis/dagLayering';
import { denseStack } from '@/lib/analysis/denseUnits';
import type { StateOf } from '@/lib/url/schema';
import { EMPTY_EDGES, type graphLayersSchema } from './state';

export type GraphLayersState = StateOf<typeof graphLayersSchema>;

/**
 * The graph a state shows: the hand-made edge list when it is a valid one for `size` nodes,
 * else the seeded graph (`fellBack` says a given list was rejected).
 */
export function resolveGraph(state: GraphLayersState): { graph: DirectedGraph; handMade: boolean; fellBack: boolean } {
  if (state.edges !== '') {
    const graph = parseEdges(state.edges === EMPTY_EDGES ? '' : state.edges, state.size);
    if (graph) return { graph, handMade: true, fellBack: false };
  }
  return { graph: randomBrainGraph(state.seed, state.size), handMade: false, fellBack: state.edges !== '' };
}

/** The edge list as the URL keeps it. */
export function edgesParam(graph: DirectedGraph): string {
  return graph.edges.length === 0 ? EMPTY_EDGES : formatEdges(graph.edges);
}

/** Everything the view draws and the report states, computed from the state alone. */
export function buildModel(state: GraphLayersState) {
  const { graph, handMade, fellBack } = resolveGraph(state);
  const layering = layerGraph(graph);
  const stack = denseStack(layering);
  const denseEntries = layering.matrices.reduce((sum, matrix) => sum + matrix.rows * matrix.columns, 0);
  const skipEdges = layering.forwardEdges.filter(([from, to]) => layering.layerOf[to] - layering.layerOf[from] > 1);
  return {
    graph,
    handMade,
    fellBack,
    layering,
    stack,
    /** Weight layers: the longest path from the inputs, in edges. */
    layers: Math.max(0, layering.layerCount - 1),
    /** The post's "diameter": the shortest-route depth from the inputs. */
    diameter: shortestDepth(graph.nodeCount, layering.forwardEdges, graph.inputs),
    denseEntries,
    skipEdges,
  };
}

export type GraphModel = ReturnType<typeof buildModel>;

/** The headline numbers, as data-* attributes of the frame. */
export function reportNumbers(state: GraphLayersState, model: GraphModel) {
  return {
    stage: state.stage,
    nodes: model.graph.nodeCount,
    edges: model.graph.edges.length,
    backEdges: model.layering.backEdges.length,
    layers: model.layers,
    diameter: model.diameter,
    carries: model.layering.carries,
    denseEntries: model.denseEntries,
    density: Number(model.layering.density.toFixed(4)),
  };
}
