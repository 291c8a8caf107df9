import { formatPercent } from '../format';
import { GraphFigure } from './GraphFigure';
import { MatrixStack } from './MatrixStack';
import type { GraphLayersState, GraphModel } from './model';
import { StageText } from './StageText';
import { STAGES } from './state';

interface Props {
  state: GraphLayersState;
  model: GraphModel;
  width?: number;
  selected?: number | null;
  onNodeClick?: (node: number) => void;
}

/** What the figure shows, for screen readers, with the numbers. */
function figureLabel(model: GraphModel, stage: number): string {
  const base = `Directed graph of ${model.graph.nodeCount} neurons and ${model.graph.edges.length} edges`;
  if (stage <= 2) return `${base}, drawn in a circle; ${model.layering.backEdges.length} back-edges${stage === 2 ? ' marked' : ''}.`;
  return `${base} in ${model.layering.layerCount} columns (inputs and ${model.layers} layers), back-edges dropped${stage >= 4 ? `, ${model.layering.carries} identity carries drawn` : ''}.`;
}

function Legend({ stage }: { stage: number }) {
  return (
    <p className="legend graph-layers-legend" aria-hidden="true">
      <span className="legend-item"><span className="graph-layers-key graph-layers-key-input" /> input</span>
      <span className="legend-item"><span className="graph-layers-key graph-layers-key-node" /> neuron</span>
      {stage === 2 ? <span className="legend-item"><span className="legend-line graph-layers-line-back" /> back-edge</span> : null}
      {stage === 3 ? <span className="legend-item"><span className="legend-line graph-layers-line-skip" /> skips a layer</span> : null}
      {stage === 4 ? <span className="legend-item"><span className="graph-layers-key graph-layers-key-carry" /> identity carry</span> : null}
      {stage === 5 ? (
        <>
          <span className="legend-item"><span className="graph-layers-key graph-layers-cell-edge" /> real edge</span>
          <span className="legend-item"><span className="graph-layers-key graph-layers-cell-carry" /> carry (weight 1)</span>
          <span className="legend-item"><span className="graph-layers-key graph-layers-cell-zero" /> zero weight</span>
        </>
      ) : null}
    </p>
  );
}

/** The stepper's figure, explanation and readouts for one state; pure, renders on the server too. */
export function GraphLayersView({ state, model, width = 640, selected = null, onNodeClick }: Props) {
  const stage = state.stage;
  return (
    <div className="graph-layers">
      <ol className="graph-layers-stages" aria-label="Steps">
        {STAGES.map((name, index) => (
          <li key={name} aria-current={index + 1 === stage ? 'step' : undefined}>
            <span className="graph-layers-stage-number">{index + 1}</span> <span className="graph-layers-stage-name">{name}</span>
          </li>
        ))}
      </ol>
      <div className="graph-layers-explain" aria-live="polite">
        <StageText model={model} stage={stage} />
      </div>
      <Legend stage={stage} />
      {stage <= 4 ? (
        <GraphFigure model={model} stage={stage} width={width} selected={selected} onNodeClick={onNodeClick} label={figureLabel(model, stage)} />
      ) : (
        <MatrixStack model={model} width={width} />
      )}
      <dl className="readouts graph-layers-readouts">
        <div><dt>neurons</dt><dd>{model.graph.nodeCount}</dd></div>
        <div><dt>edges</dt><dd>{model.graph.edges.length}</dd></div>
        <div><dt>back-edges dropped</dt><dd>{model.layering.backEdges.length}</dd></div>
        <div><dt>layers (longest path)</dt><dd>{model.layers}</dd></div>
        <div><dt>shortest-route depth (“diameter”)</dt><dd>{model.diameter}</dd></div>
        <div><dt>identity carries</dt><dd>{model.layering.carries}</dd></div>
        <div><dt>density</dt><dd>{formatPercent(model.layering.density)}</dd></div>
      </dl>
    </div>
  );
}
