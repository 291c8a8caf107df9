import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The reader's choices in the vanishing-gradient demo, as the URL keeps them. */
export const gradientsSchema = defineSchema({
  activation: {
    kind: 'choice',
    label: 'Gradient bars for',
    options: ['sigmoid', 'tanh', 'relu'],
    optionLabels: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU' },
    default: 'sigmoid',
  },
  depth: { kind: 'number', label: 'Hidden layers', default: 10, min: 2, max: 20, step: 1 },
  mismatched: { kind: 'boolean', label: 'Swap the initialisations (He for sigmoid and tanh, Glorot for ReLU)', default: false },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 9999, step: 1 },
  engine: strategyField,
});
