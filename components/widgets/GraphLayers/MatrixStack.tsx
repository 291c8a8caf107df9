import type { Unit } from '@/lib/analysis/denseUnits';
import { formatPercent } from '../format';
import type { GraphModel } from './model';

const unitName = (unit: Unit) => (unit.kind === 'node' ? String(unit.node) : `${unit.node}′`);

/** One dense matrix W_l as a grid: real edges, identity carries and (pale) zero weights. */
function MatrixGrid({ model, layer, cell }: { model: GraphModel; layer: number; cell: number }) {
  const rows = model.stack.units[layer];
  const columns = model.stack.units[layer + 1];
  const entries = model.stack.entries[layer];
  const kinds = new Map(entries.map((entry) => [`${entry.row},${entry.column}`, entry.kind]));
  const edges = entries.filter((entry) => entry.kind === 'edge').length;
  const carries = entries.length - edges;
  const size = rows.length * columns.length;
  const left = 22;
  const top = 18;
  const label = `W${layer + 1}, from layer ${layer} to layer ${layer + 1}: ${rows.length} × ${columns.length} = ${size} weights, ${edges} real edges, ${carries} identity carries, ${size - entries.length} zeros.`;
  return (
    <figure className="graph-layers-matrix">
      <svg width={left + columns.length * cell + 2} height={top + rows.length * cell + 2} role="img" aria-label={label}>
        {columns.map((unit, column) => (
          <text key={`c${column}`} x={left + (column + 0.5) * cell} y={12} textAnchor="middle">{unitName(unit)}</text>
        ))}
        {rows.map((unit, row) => (
          <text key={`r${row}`} x={left - 4} y={top + (row + 0.5) * cell} dy="0.35em" textAnchor="end">{unitName(unit)}</text>
        ))}
        {rows.flatMap((_, row) =>
          columns.map((__, column) => (
            <rect
              key={`${row},${column}`}
              className={`graph-layers-cell graph-layers-cell-${kinds.get(`${row},${column}`) ?? 'zero'}`}
              x={left + column * cell + 1}
              y={top + row * cell + 1}
              width={cell - 2}
              height={cell - 2}
              rx={2}
            />
          )),
        )}
      </svg>
      <figcaption>
        <strong>W{layer + 1}</strong> {rows.length}×{columns.length}: {edges + carries} of {size} nonzero
      </figcaption>
    </figure>
  );
}

/** Step 5: every layer-to-layer matrix of the dense stack, with the graph's few edges lit. */
export function MatrixStack({ model, width }: { model: GraphModel; width: number }) {
  const tallest = Math.max(1, ...model.layering.widths);
  const cell = width < 500 ? 14 : tallest > 7 ? 18 : 24;
  if (model.layers === 0) return <p className="graph-layers-empty">This graph has a single layer: there is nothing to multiply.</p>;
  return (
    <div className="graph-layers-matrices">
      {model.stack.entries.map((_, layer) => (
        <MatrixGrid key={layer} model={model} layer={layer} cell={cell} />
      ))}
      <p className="graph-layers-density">
        {model.layering.forwardEdges.length} real edges in {model.denseEntries} dense weights: density {formatPercent(model.layering.density)}. Rows are a layer’s units, columns the next layer’s; 3′ is a carry of neuron 3.
      </p>
    </div>
  );
}
