import { describe, expect, it } from 'vitest';
import { decadeDomain, deepMlpSpec, firstUpdateLayers, gradientNorms, gradientRatio, initialisationFor } from '@/lib/analysis/gradientFlow';
import { makeCircle } from '@/lib/data/planar';
import { splitDataset } from '@/lib/data/dataset';
import { createSession } from '@/lib/nn/session';
import type { HyperParameters, LayerStats } from '@/lib/nn/session.types';

const stats = (...norms: number[]): LayerStats[] => norms.map((gradientNorm) => ({ gradientNorm, weightNorm: 1 }));

describe('initialisationFor', () => {
  it('gives Glorot to sigmoid and tanh and He to ReLU, and swaps them when mismatched', () => {
    expect(initialisationFor('sigmoid')).toBe('glorot');
    expect(initialisationFor('tanh')).toBe('glorot');
    expect(initialisationFor('relu')).toBe('he');
    expect(initialisationFor('sigmoid', true)).toBe('he');
    expect(initialisationFor('tanh', true)).toBe('he');
    expect(initialisationFor('relu', true)).toBe('glorot');
  });
});

describe('deepMlpSpec', () => {
  it('builds depth hidden layers of one activation and a sigmoid output on 2 inputs', () => {
    const spec = deepMlpSpec('tanh', 7, 16, true);
    expect(spec.hidden).toHaveLength(7);
    expect(spec.hidden.every((layer) => layer.units === 16 && layer.activation === 'tanh' && layer.useBias)).toBe(true);
    expect(spec).toMatchObject({ inputSize: 2, outputSize: 1, head: 'sigmoid', initialisation: 'he' });
  });
});

describe('gradientRatio', () => {
  it('divides the first layer’s norm by the last (output) layer’s', () => {
    expect(gradientRatio(stats(1e-6, 0.5, 0.1))).toBeCloseTo(1e-5, 12);
    expect(gradientRatio(stats(2, 1))).toBe(2);
  });

  it('is null before any update, with a zero or non-finite norm, or a single layer', () => {
    expect(gradientRatio(stats(0, 0, 0))).toBeNull();
    expect(gradientRatio(stats(1, 0))).toBeNull();
    expect(gradientRatio(stats(Number.NaN, 1))).toBeNull();
    expect(gradientRatio(stats(1, Number.POSITIVE_INFINITY))).toBeNull();
    expect(gradientRatio(stats(1))).toBeNull();
  });
});

describe('gradientNorms', () => {
  it('keeps positive finite norms and nulls the rest', () => {
    expect(gradientNorms(stats(0.5, 0, Number.NaN, 3))).toEqual([0.5, null, null, 3]);
  });
});

describe('decadeDomain', () => {
  it('spans whole powers of ten around the values', () => {
    expect(decadeDomain([3e-7, 0.02, null, 0.4])).toEqual([1e-7, 1]);
    expect(decadeDomain([5, 50])).toEqual([1, 100]);
  });

  it('is at least one decade wide, and [1e-3, 1] with nothing to show', () => {
    expect(decadeDomain([0.1])).toEqual([0.1, 1]);
    expect(decadeDomain([0.5, 0.5])).toEqual([0.1, 1]);
    expect(decadeDomain([null, 0, Number.NaN])).toEqual([1e-3, 1]);
    expect(decadeDomain([])).toEqual([1e-3, 1]);
  });
});

describe('firstUpdateLayers', () => {
  const data = splitDataset(makeCircle({ count: 120, noise: 0.05, seed: 4 }), 0.5, 5);
  const hyper: HyperParameters = { learningRate: 0.01, batchSize: 16, optimiser: 'adam', momentum: 0, loss: 'crossEntropy', l2: 0, dropout: 0 };

  it('gives the per-layer stats of step 1 of a session with the same seed', () => {
    const spec = deepMlpSpec('sigmoid', 6, 8);
    const session = createSession({ spec, data, hyper, seed: 9, engine: 'typed' });
    const expected = session.step(1).layers;
    session.dispose();
    const layers = firstUpdateLayers(spec, data, hyper, 9);
    expect(layers).toHaveLength(7);
    layers.forEach((layer, index) => expect(layer.gradientNorm).toBe(expected[index].gradientNorm));
    expect(layers.every((layer) => layer.gradientNorm > 0)).toBe(true);
  });

  it('shows sigmoid’s gradient shrinking towards the input far faster than ReLU’s', () => {
    const sigmoid = gradientRatio(firstUpdateLayers(deepMlpSpec('sigmoid', 8, 8), data, hyper, 3)) ?? 0;
    const relu = gradientRatio(firstUpdateLayers(deepMlpSpec('relu', 8, 8), data, hyper, 3)) ?? 0;
    expect(sigmoid).toBeGreaterThan(0);
    expect(relu / sigmoid).toBeGreaterThan(100);
  });
});
