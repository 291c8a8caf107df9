/**
 * Small brain-like wiring diagrams for the graph-to-layers demo: a seeded random directed
 * graph with feedback loops, its compact edge-list form for the URL (`0-2,1-2,2-0`), edits,
 * and the shortest-route depth the post calls the diameter (to compare with the longest path).
 */
import { makeRandom } from '@/lib/random';
import type { DirectedGraph } from './dagLayering';

/** The sensory neurons: every graph here enters at nodes 0 and 1. */
export const INPUTS = [0, 1] as const;
/** Bounds on the node count (the URL field and the generator keep to them). */
export const MIN_NODES = 4;
export const MAX_NODES = 16;
/** At most this many edges: about three per node, enough for a tangle, few enough to read. */
export const MAX_EDGES = 48;

type Edge = [number, number];

const key = ([from, to]: Edge) => `${from}-${to}`;

/** The non-input nodes from which `node` can be reached along the (acyclic, forward) edges. */
function innerAncestors(edges: Edge[], node: number): number[] {
  const found = new Set<number>();
  const queue = [node];
  for (let cursor = 0; cursor < queue.length; cursor++) {
    for (const [from, to] of edges) {
      if (to !== queue[cursor] || from >= to || found.has(from)) continue;
      found.add(from);
      queue.push(from);
    }
  }
  return [...found].filter((ancestor) => ancestor >= INPUTS.length).sort((a, b) => a - b);
}

/**
 * A random graph on `nodeCount` nodes from `seed`: every non-input node reads from a recent
 * earlier node and often from a second one (so everything is reachable from input 0 and some
 * edges skip ahead), and about one node in four sends a feedback edge back to one of its
 * inner ancestors, closing a loop.
 */
export function randomBrainGraph(seed: number, nodeCount: number): DirectedGraph {
  const count = Math.min(MAX_NODES, Math.max(MIN_NODES, Math.round(nodeCount)));
  const random = makeRandom(seed);
  const edges = new Map<string, Edge>();
  const add = (edge: Edge) => edges.set(key(edge), edge);
  for (let node = 2; node < count; node++) {
    // Prefer recent inner nodes so that chains form and the longest path grows with the size.
    // Node 2 hears input 0 and every later node a recent inner node, so input 0 reaches all.
    add([node === 2 ? 0 : node - 1 - random.int(Math.min(node - 2, 3)), node]);
    if (random.next() < 0.5) add([random.int(node), node]);
    if (node >= 4 && random.next() < 0.25) add([random.int(2), node]);
  }
  // Both senses feed the tangle.
  for (const input of INPUTS) if (![...edges.values()].some(([from]) => from === input)) add([input, 2 + random.int(Math.min(3, count - 2))]);
  const feedback = Math.max(1, Math.round(count / 4));
  // A feedback edge closes a loop only if it returns to one of its sender's inner ancestors.
  const senders = Array.from({ length: count }, (_, node) => node).filter((node) => innerAncestors([...edges.values()], node).length > 0);
  for (let loop = 0; loop < feedback && senders.length > 0; loop++) {
    const from = senders[random.int(senders.length)];
    const targets = innerAncestors([...edges.values()], from);
    add([from, targets[random.int(targets.length)]]);
  }
  return { nodeCount: count, edges: [...edges.values()], inputs: [...INPUTS] };
}

/** The edge list as the URL writes it: `from-to` pairs joined by commas, in the given order. */
export function formatEdges(edges: readonly Edge[]): string {
  return edges.map(key).join(',');
}

/**
 * The graph an edge-list string describes on `nodeCount` nodes, or null when the string is
 * not one: malformed pairs, nodes out of range, repeated edges or more than MAX_EDGES.
 * The empty string is the empty graph.
 */
export function parseEdges(text: string, nodeCount: number): DirectedGraph | null {
  if (!Number.isInteger(nodeCount) || nodeCount < MIN_NODES || nodeCount > MAX_NODES) return null;
  const parts = text === '' ? [] : text.split(',');
  if (parts.length > MAX_EDGES) return null;
  const seen = new Set<string>();
  const edges: Edge[] = [];
  for (const part of parts) {
    const match = /^(\d{1,2})-(\d{1,2})$/.exec(part);
    if (!match) return null;
    const edge: Edge = [Number(match[1]), Number(match[2])];
    if (edge[0] >= nodeCount || edge[1] >= nodeCount || seen.has(key(edge))) return null;
    seen.add(key(edge));
    edges.push(edge);
  }
  return { nodeCount, edges, inputs: [...INPUTS] };
}

/** The graph with the edge from → to removed if present, added otherwise (up to MAX_EDGES). */
export function toggleEdge(graph: DirectedGraph, from: number, to: number): DirectedGraph {
  const has = graph.edges.some(([a, b]) => a === from && b === to);
  if (has) return { ...graph, edges: graph.edges.filter(([a, b]) => a !== from || b !== to) };
  if (graph.edges.length >= MAX_EDGES || from < 0 || to < 0 || from >= graph.nodeCount || to >= graph.nodeCount) return graph;
  return { ...graph, edges: [...graph.edges, [from, to]] };
}

/**
 * The post's "diameter from the inputs": the most steps any node reachable from the inputs
 * is from them along its SHORTEST route (breadth-first search over the given edges).
 */
export function shortestDepth(nodeCount: number, edges: readonly Edge[], inputs: readonly number[]): number {
  const next: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [from, to] of edges) next[from].push(to);
  const distance = new Int32Array(nodeCount).fill(-1);
  const queue = inputs.filter((node) => node < nodeCount);
  for (const node of queue) distance[node] = 0;
  let deepest = 0;
  for (let cursor = 0; cursor < queue.length; cursor++) {
    const node = queue[cursor];
    deepest = Math.max(deepest, distance[node]);
    for (const target of next[node]) {
      if (distance[target] !== -1) continue;
      distance[target] = distance[node] + 1;
      queue.push(target);
    }
  }
  return deepest;
}
