import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '@/lib/nn/activations';
import type { Activation } from '@/lib/nn/spec';
import { ACTIVATION_LOOPS } from '@/lib/nn/typed/activationLoops';

const names = Object.keys(ACTIVATIONS) as Activation[];
const preactivations = new Float32Array([-3, -0.5, -1e-3, 0, 1e-3, 0.25, 2, 9.5, Number.NaN]);

describe('ACTIVATION_LOOPS[name]', () => {
  it('has loops for every activation', () => {
    expect(Object.keys(ACTIVATION_LOOPS).sort()).toEqual([...names].sort());
  });

  for (const name of names) {
    it(`${name}: apply and scaleByDerivative store exactly what ACTIVATIONS.${name} gives`, () => {
      const { output, derivative } = ACTIVATIONS[name];
      const size = preactivations.length;
      const activations = new Float32Array(size);
      ACTIVATION_LOOPS[name].apply(preactivations, activations, size);
      const delta = new Float32Array(size).map((_, index) => 0.5 - index / 7);
      const scaled = delta.slice();
      ACTIVATION_LOOPS[name].scaleByDerivative(preactivations, activations, scaled, size);
      for (let index = 0; index < size; index++) {
        expect(activations[index]).toBe(Math.fround(output(preactivations[index])));
        expect(scaled[index]).toBe(Math.fround(delta[index] * derivative(preactivations[index], activations[index])));
      }
    });
  }
});
