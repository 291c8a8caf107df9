import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The reader's choices in the random-labels demo, as the URL keeps them. */
export const randomLabelsSchema = defineSchema({
  dataset: {
    kind: 'choice',
    label: 'Data',
    options: ['digits', 'mnist1d'],
    optionLabels: { digits: 'handwritten digits (MNIST, 8 × 8 pixels)', mnist1d: 'MNIST-1D (40-point signals)' },
    default: 'digits',
  },
  trainSize: { kind: 'number', label: 'Training samples', default: 500, min: 100, max: 1000, step: 50 },
  shuffled: { kind: 'number', label: 'Labels shuffled in the middle run', default: 100, min: 0, max: 100, step: 10 },
  dropout: { kind: 'boolean', label: 'Dropout (p = 0.2)', default: false },
  weightDecay: { kind: 'boolean', label: 'Weight decay (λ = 0.001)', default: false },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 9999, step: 1 },
  engine: strategyField,
});
