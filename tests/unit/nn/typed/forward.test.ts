import { describe, expect, it } from 'vitest';
import { describeLayers } from '@/lib/nn/layers';
import { forwardPass } from '@/lib/nn/typed/forward';
import { createTypedLayers, createWorkspace } from '@/lib/nn/typed/network';
import { lossCases, makeGradientCase } from '../fixtures';
import { referenceLogits, toParameters } from '../reference';

describe('forwardPass(layers, X, count, workspace, masks)', () => {
  for (const dropout of [0, 0.5]) {
    it(`computes z_L as the float64 reference does (dropout ${dropout})`, () => {
      const testCase = makeGradientCase('gelu', lossCases[1], { dropout });
      const shapes = describeLayers(testCase.spec);
      const layers = createTypedLayers(shapes);
      testCase.weights.forEach((layer, index) => {
        layers[index].weights.set(layer.weights);
        if (layer.bias) layers[index].bias!.set(layer.bias);
      });
      const workspace = createWorkspace(shapes, testCase.block.count);
      const logits = forwardPass(layers, testCase.block.inputs, testCase.block.count, workspace, testCase.masks);
      const problem = { ...testCase, ...testCase.block };
      for (let row = 0; row < testCase.block.count; row++) {
        const expected = referenceLogits(problem, toParameters(testCase.weights), row);
        expected.forEach((value, unit) => expect(logits[row * 3 + unit]).toBeCloseTo(value, 5));
      }
      if (dropout > 0) {
        const kept = workspace.outputs[0].filter((value, index) => testCase.masks![0][index] === 0 && value !== 0);
        expect(kept).toHaveLength(0);
      }
    });
  }
});
