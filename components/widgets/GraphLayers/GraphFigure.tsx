import type { GraphModel } from './model';
import { arrowPath, circleLayout, figureHeight, layeredLayout, loopPath, NODE_RADIUS, type Point } from './geometry';

interface Props {
  model: GraphModel;
  stage: number;
  width: number;
  /** The node picked as the "from" end of an edge edit, if any. */
  selected?: number | null;
  onNodeClick?: (node: number) => void;
  label: string;
}

type Edge = [number, number];
const edgeKey = ([from, to]: Edge) => `${from}-${to}`;

/** Where every node (and, from step 4 on, every carry) is drawn at this step. */
function layout(model: GraphModel, stage: number, width: number) {
  const layered = stage >= 3;
  const tallest = Math.max(1, ...model.stack.units.map((units) => (stage >= 4 ? units.length : units.filter((unit) => unit.kind === 'node').length)));
  const height = figureHeight(width, layered, tallest);
  if (!layered) return { height, radius: NODE_RADIUS, nodes: circleLayout(model.graph.nodeCount, width, height), carries: new Map<string, Point>(), columns: [] as number[] };
  const placed = layeredLayout(model.stack, model.graph.nodeCount, width, height, stage >= 4);
  // Many layers on a phone: shrink the circles so that neighbouring columns do not touch.
  const gap = placed.columns.length > 1 ? placed.columns[1] - placed.columns[0] : width;
  return { height, radius: Math.max(8, Math.min(NODE_RADIUS, gap * 0.36)), ...placed };
}

/** The arrows of this step: all edges, then back-edges marked, then only the kept ones. */
function arrows(model: GraphModel, stage: number, at: ReturnType<typeof layout>) {
  const back = new Set(model.layering.backEdges.map(edgeKey));
  const skip = new Set(model.skipEdges.map(edgeKey));
  const path = (from: number, to: number) => (from === to ? loopPath(at.nodes[from]) : arrowPath(at.nodes[from], at.nodes[to], at.radius, at.radius + 3));
  if (stage <= 2) return model.graph.edges.map(([from, to]) => ({ key: `${from}-${to}`, d: path(from, to), kind: stage === 2 && back.has(edgeKey([from, to])) ? 'back' : 'edge' }));
  if (stage === 3) return model.layering.forwardEdges.map(([from, to]) => ({ key: `${from}-${to}`, d: path(from, to), kind: skip.has(edgeKey([from, to])) ? 'skip' : 'edge' }));
  // Step 4: the nonzero entries of the dense stack, each from its unit to the next layer's.
  const unitPoint = (layer: number, index: number) => {
    const unit = model.stack.units[layer][index];
    return unit.kind === 'node' ? at.nodes[unit.node] : (at.carries.get(`${unit.node}@${layer}`) as Point);
  };
  return model.stack.entries.flatMap((entries, layer) =>
    entries.map((entry) => {
      const gap = (index: number, l: number) => (model.stack.units[l][index].kind === 'carry' ? 8 : at.radius);
      const d = arrowPath(unitPoint(layer, entry.row), unitPoint(layer + 1, entry.column), gap(entry.row, layer), gap(entry.column, layer + 1) + 3, 0.05);
      return { key: `${layer}:${entry.row}-${entry.column}`, d, kind: entry.kind === 'carry' || model.stack.units[layer][entry.row].kind === 'carry' ? 'skip' : 'edge' };
    }),
  );
}

const markers = [
  ['edge', 'var(--muted)'],
  ['back', 'var(--error)'],
  ['skip', 'var(--class-a)'],
] as const;

/** The graph at steps 1-4: a tangle, its back-edges, its layers, its carries. */
export function GraphFigure({ model, stage, width, selected = null, onNodeClick, label }: Props) {
  const at = layout(model, stage, width);
  const inputs = new Set(model.graph.inputs);
  return (
    <svg className="chart graph-layers-figure" viewBox={`0 0 ${width} ${at.height}`} role="img" aria-label={label}>
      <defs>
        {markers.map(([kind, colour]) => (
          <marker key={kind} id={`graph-layers-arrow-${kind}`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,1 L9,5 L0,9 z" fill={colour} />
          </marker>
        ))}
      </defs>
      {at.columns.map((x, layer) => (
        <g key={`column${layer}`} className="graph-layers-column">
          <line x1={x} x2={x} y1={30} y2={at.height - 10} />
          <text x={x} y={16} textAnchor="middle">{layer === 0 ? 'in' : `L${layer}`}</text>
        </g>
      ))}
      <g fill="none">
        {arrows(model, stage, at).map((arrow) => (
          <path key={arrow.key} d={arrow.d} className={`graph-layers-edge graph-layers-edge-${arrow.kind}`} markerEnd={`url(#graph-layers-arrow-${arrow.kind})`} />
        ))}
      </g>
      {[...at.carries].map(([key, point]) => (
        <g key={key} className="graph-layers-carry" transform={`translate(${point.x},${point.y})`}>
          <rect x={-8} y={-8} width={16} height={16} rx={3} />
          <text dy="0.35em" textAnchor="middle">{key.split('@')[0]}</text>
        </g>
      ))}
      {at.nodes.map((point, node) => (
        <g
          key={node}
          className={`graph-layers-node${inputs.has(node) ? ' graph-layers-input' : ''}${selected === node ? ' graph-layers-selected' : ''}`}
          style={{ transform: `translate(${point.x.toFixed(1)}px,${point.y.toFixed(1)}px) scale(${(at.radius / NODE_RADIUS).toFixed(3)})` }}
          onClick={onNodeClick ? () => onNodeClick(node) : undefined}
        >
          <circle r={NODE_RADIUS} />
          <text dy="0.35em" textAnchor="middle">{node}</text>
        </g>
      ))}
    </svg>
  );
}
