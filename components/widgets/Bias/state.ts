import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The reader's choices in the bias demo, as the URL keeps them (`?bias.on=0&bias.seed=7`). */
export const biasSchema = defineSchema({
  on: { kind: 'boolean', label: 'Biases (hidden and output layers)', default: true },
  activation: {
    kind: 'choice',
    label: 'Hidden activation',
    options: ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'gelu'],
    optionLabels: { relu: 'ReLU', tanh: 'tanh', sigmoid: 'Sigmoid', linear: 'None (linear)', leakyRelu: 'Leaky ReLU', gelu: 'GELU' },
    default: 'relu',
  },
  depth: { kind: 'number', label: 'Hidden layers', default: 2, min: 1, max: 3, step: 1 },
  side: { kind: 'number', label: 'Image side (pixels)', default: 4, min: 2, max: 8, step: 1 },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 50, step: 1 },
  engine: strategyField,
});
