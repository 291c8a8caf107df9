import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The reader's choices in the neurons demo, as the URL keeps them. */
export const neuronsSchema = defineSchema({
  layer: {
    kind: 'choice',
    label: 'Hidden layer',
    options: ['1', '2', '3'],
    optionLabels: { '1': 'Hidden 1 (sees the pixels)', '2': 'Hidden 2', '3': 'Hidden 3 (last)' },
    default: '1',
  },
  unit: { kind: 'number', label: 'Unit', default: 1, min: 1, max: 64, step: 1 },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 999, step: 1 },
  // The same engine as the layer t-SNE demo: typed arrays beat tfjs for this small net.
  engine: { ...strategyField, default: 'typed' },
});
