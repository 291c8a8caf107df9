import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The reader's choices in the collapse demo, as the URL keeps them. */
export const collapseSchema = defineSchema({
  activation: {
    kind: 'choice',
    label: 'Between the layers',
    options: ['linear', 'relu', 'tanh'],
    optionLabels: { linear: 'nothing (linear)', relu: 'ReLU', tanh: 'tanh' },
    default: 'linear',
  },
  layers: { kind: 'number', label: 'Hidden layers', default: 3, min: 1, max: 8, step: 1 },
  width: { kind: 'number', label: 'Units per layer', default: 8, min: 2, max: 16, step: 1 },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 9999, step: 1 },
  engine: strategyField,
  n: { kind: 'number', label: 'Rows n of A', default: 100, min: 2, max: 200, step: 1 },
  m: { kind: 'number', label: 'Columns m of B', default: 100, min: 2, max: 200, step: 1 },
  k: { kind: 'number', label: 'Inner size k', default: 2, min: 1, max: 200, step: 1 },
});
