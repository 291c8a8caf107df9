'use client';

import { useMemo, useState } from 'react';
import { toggleEdge } from '@/lib/analysis/brainGraph';
import { SeedControl } from '@/components/controls/SeedControl';
import { Slider } from '@/components/controls/Slider';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { EdgeEditor } from './EdgeEditor';
import { GraphLayersView } from './GraphLayersView';
import { buildModel, edgesParam, reportNumbers } from './model';
import { graphLayersSchema as schema, STAGES } from './state';

/** From a tangled graph to dense layers, one step at a time; the reader edits the graph. Nothing trains. */
export function GraphLayers({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const model = useMemo(() => buildModel(state), [state]);
  const [ends, setEnds] = useState({ from: 0, to: 2 });
  const [selected, setSelected] = useState<number | null>(null);
  const last = model.graph.nodeCount - 1;
  const from = Math.min(ends.from, last);
  const to = Math.min(ends.to, last);
  useWidgetReport({ status: 'done', backend: 'none', numbers: reportNumbers(state, model) });

  const toggle = (a: number, b: number) => update({ edges: edgesParam(toggleEdge(model.graph, a, b)) });
  const clickNode = (node: number) => {
    if (selected === null) {
      setSelected(node);
      setEnds((previous) => ({ ...previous, from: node }));
      return;
    }
    setSelected(null);
    if (node === selected) return;
    setEnds({ from: selected, to: node });
    toggle(selected, node);
  };

  return (
    <div ref={ref}>
      <div className="controls">
        <div className="control graph-layers-stepper">
          <span>
            Step <output>{state.stage}</output> of {STAGES.length}
          </span>
          <span className="graph-layers-buttons">
            <button type="button" onClick={() => update({ stage: state.stage - 1 })} disabled={state.stage <= 1}>Back</button>
            <button type="button" onClick={() => update({ stage: state.stage + 1 })} disabled={state.stage >= STAGES.length}>Next</button>
          </span>
        </div>
        <Slider field={schema.size} value={state.size} onChange={(size) => update({ size, edges: '' })} />
        <SeedControl field={schema.seed} value={state.seed} onChange={(seed) => update({ seed, edges: '' })} />
      </div>
      <div className="controls">
        <EdgeEditor graph={model.graph} from={from} to={to} onPick={(end, node) => setEnds((previous) => ({ ...previous, [end]: node }))} onToggle={() => toggle(from, to)} />
      </div>
      {model.fellBack ? <p className="graph-layers-note" role="status">The link’s edge list does not fit {state.size} neurons, so the seeded graph is shown.</p> : null}
      {model.handMade ? <p className="graph-layers-note">A hand-made graph; a new seed or size brings back a random one.</p> : null}
      <GraphLayersView state={state} model={model} width={width} selected={selected} onNodeClick={clickNode} />
    </div>
  );
}
