import { describe, expect, it } from 'vitest';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, adamCorrections, OPTIMISER_SLOTS } from '@/lib/nn/optimisers';

describe('optimiser constants', () => {
  it('are β1 = 0.9, β2 = 0.999, ε = 1e-7, and one slot for sgd, two for adam', () => {
    expect([ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON]).toEqual([0.9, 0.999, 1e-7]);
    expect(OPTIMISER_SLOTS).toEqual({ sgd: 1, adam: 2 });
  });

  it('adamCorrections(t) gives 1 − β1^t and 1 − β2^t', () => {
    expect(adamCorrections(1).first).toBeCloseTo(0.1, 12);
    expect(adamCorrections(2).second).toBeCloseTo(1 - 0.999 ** 2, 12);
  });
});
