import { MAX_ADDED_POINTS, addedPointsPattern, ADDED_POINT_CHARS } from '@/lib/data/addedPoints';
import { defineSchema } from '@/lib/url/schema';
import { strategyField } from '@/lib/worker/strategy';

/** The most hidden layers and units per layer: past Playground's 6 × 8, small enough to stay quick and light. */
export const MAX_LAYERS = 10;
export const MAX_UNITS = 32;

/**
 * The reader's choices in the fitting lab, as the URL keeps them (`?fit.layers=6&fit.units=32`).
 * Sizes beyond the caps clamp; added points are a short string (see lib/data/addedPoints).
 */
export const fitSchema = defineSchema({
  dataset: {
    kind: 'choice',
    label: 'Data',
    options: ['circle', 'xor', 'gaussians', 'spiral', 'moons'],
    optionLabels: { circle: 'Circle (disc in a ring)', xor: 'XOR (quadrants)', gaussians: 'Two Gaussian blobs', spiral: 'Spiral', moons: 'Two moons' },
    default: 'circle',
  },
  noise: { kind: 'number', label: 'Noise σ', default: 0.1, min: 0, max: 0.5, step: 0.05 },
  trainShare: { kind: 'number', label: 'Training share', default: 0.5, min: 0.1, max: 0.9, step: 0.1 },
  layers: { kind: 'number', label: 'Hidden layers', default: 2, min: 0, max: MAX_LAYERS, step: 1 },
  units: { kind: 'number', label: 'Units per layer', default: 8, min: 1, max: MAX_UNITS, step: 1 },
  activation: {
    kind: 'choice',
    label: 'Activation',
    options: ['relu', 'tanh', 'sigmoid', 'leakyRelu', 'gelu', 'linear'],
    optionLabels: { relu: 'ReLU', tanh: 'tanh', sigmoid: 'Sigmoid', leakyRelu: 'Leaky ReLU', gelu: 'GELU', linear: 'None (linear)' },
    default: 'relu',
  },
  learningRate: { kind: 'number', label: 'Learning rate', default: 0.03, min: 0.0001, max: 10, step: 0.0001, scale: 'log' },
  batch: {
    kind: 'choice',
    label: 'Batch size',
    options: ['1', '5', '10', '25', '50', '100', 'full'],
    optionLabels: { full: 'all training points' },
    default: '10',
  },
  optimiser: {
    kind: 'choice',
    label: 'Optimiser',
    options: ['adam', 'sgd'],
    optionLabels: { adam: 'Adam', sgd: 'SGD (plain)' },
    default: 'adam',
  },
  loss: {
    kind: 'choice',
    label: 'Loss',
    options: ['crossEntropy', 'meanSquaredError'],
    optionLabels: { crossEntropy: 'Cross-entropy', meanSquaredError: 'Squared error' },
    default: 'crossEntropy',
  },
  l2: {
    kind: 'choice',
    label: 'L2 weight decay λ',
    options: ['0', '0.0001', '0.001', '0.003', '0.01', '0.03', '0.1'],
    default: '0',
  },
  dropout: { kind: 'number', label: 'Dropout rate', default: 0, min: 0, max: 0.5, step: 0.05 },
  points: {
    kind: 'text',
    label: 'Added points',
    default: '',
    maxLength: MAX_ADDED_POINTS * ADDED_POINT_CHARS,
    pattern: addedPointsPattern,
  },
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 9999, step: 1 },
  engine: strategyField,
});
