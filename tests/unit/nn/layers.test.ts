import { describe, expect, it } from 'vitest';
import { assertValidSpec, countMultiplyAdds, describeLayers } from '@/lib/nn/layers';
import { makeSpec } from './fixtures';

describe('describeLayers(spec)', () => {
  it('lists the hidden layers, then a linear output layer', () => {
    const layers = describeLayers(makeSpec(2, [4, 3], 1, 'relu', 'sigmoid', { outputBias: false }));
    expect(layers.map((layer) => [layer.inputSize, layer.units, layer.activation, layer.useBias, layer.isOutput])).toEqual([
      [2, 4, 'relu', true, false],
      [4, 3, 'relu', true, false],
      [3, 1, 'linear', false, true],
    ]);
  });
});

describe('countMultiplyAdds(spec)', () => {
  it('is Σ in·out over layers', () => {
    expect(countMultiplyAdds(makeSpec(2, [8, 8, 8], 1, 'tanh', 'sigmoid'))).toBe(16 + 64 + 64 + 8);
  });
});

describe('assertValidSpec(spec)', () => {
  it('rejects sizes that are not positive integers and a one-output softmax', () => {
    expect(() => assertValidSpec(makeSpec(2, [0], 1, 'relu', 'sigmoid'))).toThrow();
    expect(() => assertValidSpec(makeSpec(2.5, [3], 1, 'relu', 'sigmoid'))).toThrow();
    expect(() => assertValidSpec(makeSpec(2, [3], 1, 'relu', 'softmax'))).toThrow();
    expect(() => assertValidSpec(makeSpec(2, [], 1, 'relu', 'sigmoid'))).not.toThrow();
  });
});
