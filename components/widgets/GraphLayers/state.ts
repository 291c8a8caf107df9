import { MAX_EDGES, MAX_NODES, MIN_NODES } from '@/lib/analysis/brainGraph';
import { defineSchema } from '@/lib/url/schema';

/** The steps from a tangled graph to dense layers, in order (the `stage` field is 1-based). */
export const STAGES = ['The graph as drawn', 'Drop the back-edges', 'Layer by longest path', 'Carry skipped values', 'Dense matrices'] as const;

/** `-` is an empty hand-made graph (the empty string means "the seeded graph"). */
export const EMPTY_EDGES = '-';

/** The reader's choices in the graph-layers demo, as the URL keeps them. */
export const graphLayersSchema = defineSchema({
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 999, step: 1 },
  size: { kind: 'number', label: 'Neurons', default: 9, min: MIN_NODES, max: MAX_NODES, step: 1 },
  edges: {
    kind: 'text',
    label: 'Edges (from-to, comma separated)',
    default: '',
    // At most MAX_EDGES pairs of one- or two-digit node numbers; parseEdges checks the range.
    maxLength: MAX_EDGES * 6,
    pattern: new RegExp(`^(?:-|\\d{1,2}-\\d{1,2}(?:,\\d{1,2}-\\d{1,2}){0,${MAX_EDGES - 1}})?$`),
  },
  stage: { kind: 'number', label: 'Step', default: 1, min: 1, max: STAGES.length, step: 1 },
});
