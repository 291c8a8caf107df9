import { describe, expect, it } from 'vitest';
import { describeLayers } from '@/lib/nn/layers';
import { createTypedLayers, listParameters } from '@/lib/nn/typed/network';
import { clearOptimiserState, commitUpdate, proposeAdam, proposeSgd, proposeUpdate } from '@/lib/nn/typed/optimisers';
import { makeSpec } from '../fixtures';

function parameter() {
  const [weights] = listParameters(createTypedLayers(describeLayers(makeSpec(1, [], 2, 'relu', 'linear', { outputBias: false }))));
  weights.value.set([1, -2]);
  weights.gradient.set([0.5, 4]);
  return weights;
}

describe('typed optimisers', () => {
  it('sgd with momentum: v ← μv + g, θ ← θ − ηv', () => {
    const p = parameter();
    p.slots[0].set([1, 1]);
    expect(proposeSgd(p, 0.1, 0.9)).toBe(true);
    expect(Array.from(p.proposedSlots[0])).toEqual([Math.fround(1.4), Math.fround(4.9)]);
    expect(p.proposal[0]).toBeCloseTo(1 - 0.14, 6);
    expect(p.value[0]).toBe(1);
  });

  it('adam: the first update moves each θ by about η against the sign of g', () => {
    const p = parameter();
    expect(proposeAdam(p, 0.01, 1)).toBe(true);
    expect(p.proposal[0]).toBeCloseTo(1 - 0.01, 5);
    expect(p.proposal[1]).toBeCloseTo(-2 - 0.01, 5);
    expect(p.proposedSlots[0][1]).toBeCloseTo(0.4, 6);
    expect(p.proposedSlots[1][1]).toBeCloseTo(0.016, 6);
  });

  it('reports a proposal past float32 (or from a NaN gradient) as not finite, and commits by swapping arrays', () => {
    const p = parameter();
    expect(proposeSgd(p, 1e38, 0)).toBe(false);
    p.gradient[0] = Number.NaN;
    expect(proposeAdam(p, 0.1, 1)).toBe(false);
    p.gradient[0] = 1;
    const settings = { loss: 'meanSquaredError', learningRate: 0.5, optimiser: 'sgd', momentum: 0, l2: 0 } as const;
    expect(proposeUpdate([p], settings, 1)).toBe(true);
    commitUpdate([p]);
    expect(Array.from(p.value)).toEqual([0.5, -4]);
    clearOptimiserState([p]);
    expect(p.slots[0].every((value) => value === 0)).toBe(true);
  });
});
