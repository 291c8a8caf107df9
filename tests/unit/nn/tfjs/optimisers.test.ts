import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { describeLayers } from '@/lib/nn/layers';
import type { UpdateSettings } from '@/lib/nn/engine.types';
import { createTensorSlots, proposeTensorUpdate } from '@/lib/nn/tfjs/optimisers';
import { createTypedLayers, listParameters } from '@/lib/nn/typed/network';
import { proposeUpdate } from '@/lib/nn/typed/optimisers';
import { makeSpec } from '../fixtures';
import { expectNoTensorLeaks } from '../../../tfjsLeaks';

const value = [0.3, -1.2, 2];
const gradients = [[0.5, -0.1, 3], [0.2, 0.2, -1], [1e-3, -4, 0.7]];

describe('proposeTensorUpdate(values, gradients, slots, settings, t)', () => {
  expectNoTensorLeaks();

  for (const [optimiser, momentum] of [['sgd', 0], ['sgd', 0.9], ['adam', 0]] as const) {
    it(`follows the typed ${optimiser} (μ = ${momentum}) for three updates`, () => {
      const settings: UpdateSettings = { loss: 'meanSquaredError', learningRate: 0.1, optimiser, momentum, l2: 0 };
      const [typed] = listParameters(createTypedLayers(describeLayers(makeSpec(1, [], 3, 'relu', 'linear', { outputBias: false }))));
      typed.value.set(value);
      let current: tf.Tensor = tf.tensor1d(value);
      let slots = createTensorSlots([current], optimiser);
      gradients.forEach((gradient, index) => {
        typed.gradient.set(gradient);
        proposeUpdate([typed], settings, index + 1);
        typed.value.set(typed.proposal);
        typed.slots.forEach((slot, k) => slot.set(typed.proposedSlots[k]));
        const next = tf.tidy(() => proposeTensorUpdate([current], [tf.tensor1d(gradient)], slots, settings, index + 1));
        tf.dispose([current, slots]);
        current = next.values[0];
        slots = next.slots;
      });
      const result = current.dataSync();
      typed.value.forEach((entry, index) => expect(result[index]).toBeCloseTo(entry, 6));
      tf.dispose([current, slots]);
    });
  }
});
