import { formatPercent } from '../format';
import type { GraphModel } from './model';

const list = (edges: [number, number][]) => edges.map(([from, to]) => `${from}→${to}`).join(', ');
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** What to see at each step, with this graph's own numbers. */
export function StageText({ model, stage }: { model: GraphModel; stage: number }) {
  const { graph, layering, layers, diameter, skipEdges } = model;
  const back = layering.backEdges;
  switch (stage) {
    case 1:
      return (
        <p>
          {plural(graph.nodeCount, 'neuron')} and {plural(graph.edges.length, 'synapse')}; neurons 0 and 1 (filled) are the inputs.
          {back.length > 0 ? ' The wiring has loops, so there is no order in which to compute it.' : ' This wiring has no loop.'}
        </p>
      );
    case 2:
      return (
        <p>
          A depth-first search from the inputs finds {plural(back.length, 'back-edge')}
          {back.length > 0 ? ` (dashed red: ${list(back)})` : ''}: each leads back to a neuron still on the search path, closing a loop. Dropping them leaves a graph without loops, a DAG.
        </p>
      );
    case 3:
      return (
        <p>
          Each neuron goes to the layer of its <strong>longest</strong> path from the inputs, one after the latest neuron it reads from. The longest path has {plural(layers, 'edge')}, so the stack needs <strong>{plural(layers, 'weight layer')}</strong>. Counting the <em>shortest</em> route instead (the post’s “diameter”) gives {diameter}
          {diameter < layers ? ': too few, since a neuron would fire before a neuron it needs.' : ', the same here; add a shortcut edge to see them differ.'}
          {skipEdges.length > 0 ? ` ${plural(skipEdges.length, 'edge')} (orange) skip layers.` : ''}
        </p>
      );
    case 4:
      return (
        <p>
          A dense layer only links neighbouring layers, so a value an edge needs later is carried through each layer it skips by an identity unit (square, named after the neuron it carries): relu(x) − relu(−x) = x, and a ReLU output passes through one relu unchanged. This graph needs {plural(layering.carries, 'carry', 'carries')}.
        </p>
      );
    default:
      return (
        <p>
          The dense stack multiplies every entry of every matrix: {model.denseEntries} weights, of which only {layering.forwardEdges.length} are the graph’s edges and {layering.carries} are carries; the rest are zeros it computes anyway. Density: <strong>{formatPercent(layering.density)}</strong>.
        </p>
      );
  }
}
