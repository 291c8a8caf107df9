import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The reader's choices in the layer t-SNE demo, as the URL keeps them. */
export const layerTsneSchema = defineSchema({
  epoch: {
    kind: 'choice',
    label: 'Training checkpoint',
    options: ['0', '1', '3', '10'],
    optionLabels: { '0': 'untrained', '1': 'after 1 epoch', '3': 'after 3 epochs', '10': 'after 10 epochs' },
    default: '10',
  },
  pca: { kind: 'boolean', label: 'PCA instead of t-SNE', default: false },
  compare: { kind: 'boolean', label: 'Compare with the untrained network', default: false },
  perplexity: { kind: 'number', label: 'Perplexity', default: 30, min: 5, max: 50, step: 1 },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 999, step: 1 },
  // Typed arrays by default: for this 64-64-64-64-10 net at batch 32 they beat tfjs here.
  engine: { ...strategyField, default: 'typed' },
});
