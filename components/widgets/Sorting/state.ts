import { defineSchema } from '@/lib/url/schema';

/** The reader's choices in the sorting race, as the URL keeps them. */
export const sortingSchema = defineSchema({
  comparison: {
    kind: 'choice',
    label: 'Comparison sort',
    options: ['insertion', 'merge'],
    optionLabels: { insertion: 'Insertion sort', merge: 'Merge sort' },
    default: 'insertion',
  },
  base: {
    kind: 'choice',
    label: 'Radix sort base',
    options: ['2', '4', '10', '16'],
    optionLabels: { '2': 'Base 2 (bits)', '4': 'Base 4', '10': 'Base 10 (decimal digits)', '16': 'Base 16' },
    default: '10',
  },
  pace: {
    kind: 'choice',
    label: 'Pace',
    options: ['share', 'race'],
    optionLabels: { share: 'Same share of each run', race: 'Same writes per second' },
    default: 'share',
  },
  size: { kind: 'number', label: 'Bars', default: 100, min: 10, max: 200, step: 10 },
  speed: { kind: 'number', label: 'Speed', default: 120, min: 10, max: 5000, step: 1, scale: 'log' },
  seed: { kind: 'number', label: 'Shuffle seed', default: 1, min: 1, max: 9999, step: 1 },
});
