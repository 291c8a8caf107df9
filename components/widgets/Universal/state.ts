import { defaultDrawnSamples, drawnSampleCount } from '@/lib/data/curveTargets';
import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The most hidden units the demo offers: enough for a close fit of any target here, small enough to train in seconds. */
export const maxUnits = 64;

/** The reader's choices in the universal-approximation demo, as the URL keeps them. */
export const universalSchema = defineSchema({
  target: {
    kind: 'choice',
    label: 'Target f(x)',
    options: ['sine', 'step', 'bumps', 'drawn'],
    optionLabels: { sine: 'Sine', step: 'Step (a jump)', bumps: 'Bumpy curve', drawn: 'Your drawing' },
    default: 'sine',
  },
  units: { kind: 'number', label: 'Hidden units n', default: 5, min: 1, max: maxUnits, step: 1 },
  // 17 values in −1 … 1, one URL-safe character each (lib/data/curveTargets.ts).
  drawing: { kind: 'text', label: 'Drawn target', default: defaultDrawnSamples, maxLength: drawnSampleCount, pattern: /^[A-Za-z0-9_-]{17}$/ },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 99, step: 1 },
  engine: strategyField,
});
