import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The reader's choices in the depth-versus-width demo, as the URL keeps them. */
export const depthWidthSchema = defineSchema({
  k: { kind: 'number', label: 'Folds k (layers of 2 ReLUs)', default: 3, min: 1, max: 10, step: 1 },
  width: { kind: 'number', label: 'Shallow net: units n', default: 32, min: 4, max: 64, step: 1 },
  depth: { kind: 'number', label: 'Deep net: layers L', default: 4, min: 2, max: 8, step: 1 },
  inputs: {
    kind: 'choice',
    label: 'Input',
    options: ['1', '2'],
    optionLabels: { '1': '1-D: a wiggly curve', '2': '2-D: a wiggly surface' },
    default: '1',
  },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 99, step: 1 },
  engine: strategyField,
});
