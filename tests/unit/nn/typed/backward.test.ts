import { describe, expect, it } from 'vitest';
import { describeLayers } from '@/lib/nn/layers';
import { backwardPass } from '@/lib/nn/typed/backward';
import { forwardPass } from '@/lib/nn/typed/forward';
import { createTypedLayers, createWorkspace } from '@/lib/nn/typed/network';
import { makeSpec } from '../fixtures';

describe('backwardPass(layers, X, count, workspace, masks, λ)', () => {
  it('for L = Σ z_L (δ_L = 1) gives ∂L/∂W_L = Σ_rows h_{L−1}, ∂L/∂b_L = n, and λW on top', () => {
    const spec = makeSpec(2, [3], 1, 'relu', 'linear');
    const shapes = describeLayers(spec);
    const layers = createTypedLayers(shapes);
    layers[0].weights.set([1, -1, 0.5, 2, 1, -0.5]);
    layers[1].weights.set([1, 2, 3]);
    const inputs = new Float32Array([1, 2, -1, 0.5]);
    const workspace = createWorkspace(shapes, 2);
    forwardPass(layers, inputs, 2, workspace, null);
    workspace.deltas[1].fill(1);
    const norms = new Float64Array(2);
    backwardPass(layers, inputs, 2, workspace, null, 0.1, norms);
    expect(norms[1]).toBeCloseTo(Math.hypot(...layers[1].weightParameter.gradient), 6);
    const hidden = workspace.activations[0];
    for (let unit = 0; unit < 3; unit++) {
      const expected = hidden[unit] + hidden[3 + unit] + 0.1 * layers[1].weights[unit];
      expect(layers[1].weightParameter.gradient[unit]).toBeCloseTo(expected, 6);
    }
    expect(layers[1].biasParameter!.gradient[0]).toBe(2);
    // δ_1 = W_2ᵀ ⊙ relu′(z_1): rows whose unit is off get 0.
    const preactivations = workspace.preactivations[0];
    for (let index = 0; index < 6; index++) {
      expect(workspace.deltas[0][index]).toBe(preactivations[index] > 0 ? layers[1].weights[index % 3] : 0);
    }
  });
});
