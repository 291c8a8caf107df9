'use client';

import { useId } from 'react';
import type { DirectedGraph } from '@/lib/analysis/dagLayering';

interface Props {
  graph: DirectedGraph;
  from: number;
  to: number;
  onPick: (end: 'from' | 'to', node: number) => void;
  onToggle: () => void;
}

/** The keyboard way to edit the graph: pick both ends, then add or remove that edge. */
export function EdgeEditor({ graph, from, to, onPick, onToggle }: Props) {
  const id = useId();
  const exists = graph.edges.some(([a, b]) => a === from && b === to);
  const nodes = Array.from({ length: graph.nodeCount }, (_, node) => node);
  const picker = (end: 'from' | 'to', value: number, label: string) => (
    <div className="control">
      <label htmlFor={`${id}-${end}`}>{label}</label>
      <select id={`${id}-${end}`} value={value} onChange={(event) => onPick(end, Number(event.currentTarget.value))}>
        {nodes.map((node) => (
          <option key={node} value={node}>
            {node}
            {node < 2 ? ' (input)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="graph-layers-editor">
      <legend>Edit an edge (or click two neurons)</legend>
      {picker('from', from, 'From neuron')}
      {picker('to', to, 'To neuron')}
      <button type="button" onClick={onToggle}>
        {exists ? 'Remove' : 'Add'} edge {from}→{to}
      </button>
    </fieldset>
  );
}
