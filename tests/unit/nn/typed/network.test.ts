import { describe, expect, it } from 'vitest';
import { describeLayers } from '@/lib/nn/layers';
import { createTypedLayers, createWorkspace, listParameters } from '@/lib/nn/typed/network';
import { makeSpec } from '../fixtures';

describe('createTypedLayers(shapes), listParameters and createWorkspace', () => {
  const shapes = describeLayers(makeSpec(3, [4], 2, 'tanh', 'softmax', { outputBias: false }));

  it('give each layer W (in × units) and b as parameters with gradient, proposal and two slots', () => {
    const layers = createTypedLayers(shapes);
    expect(layers[0].weights).toBe(layers[0].weightParameter.value);
    expect(layers[0].weights).toHaveLength(12);
    expect(layers[0].bias).toHaveLength(4);
    expect(layers[1].bias).toBeNull();
    const parameters = listParameters(layers);
    expect(parameters.map((parameter) => parameter.value.length)).toEqual([12, 4, 8]);
    expect(parameters[0].slots).toHaveLength(2);
  });

  it('allocate count × units buffers per layer and count × k predictions', () => {
    const workspace = createWorkspace(shapes, 5);
    expect(workspace.preactivations.map((buffer) => buffer.length)).toEqual([20, 10]);
    expect(workspace.outputs[0]).not.toBe(workspace.activations[0]);
    expect(workspace.predictions).toHaveLength(10);
  });
});
