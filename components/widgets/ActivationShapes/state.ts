import { defineSchema } from '@/lib/url/schema';

/** The reader's choices in the activation-shapes demo, as the URL keeps them. */
export const activationShapesSchema = defineSchema({
  activation: {
    kind: 'choice',
    label: 'Activation',
    options: ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu'],
    optionLabels: { sigmoid: 'Sigmoid', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'Leaky ReLU', gelu: 'GELU' },
    default: 'sigmoid',
  },
  x: { kind: 'number', label: 'Input x', default: 2, min: -6, max: 6, step: 0.1 },
  showDerivative: { kind: 'boolean', label: 'Show the slope curve', default: true },
});
