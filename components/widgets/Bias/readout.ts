import type { StateOf } from '@/lib/url/schema';
import { HIDDEN_UNITS, probeLevels, zeroAtZero } from './config';
import type { Snapshot } from '@/lib/nn/session.types';
import { attributeValue, sigmoid } from './format';
import type { ProbeImage } from './ImageStrip';
import type { LayerRow } from './LayerCells';
import type { biasSchema } from './state';

export type BiasState = StateOf<typeof biasSchema>;

/** Probe rows in `probeImages` order. */
const BLACK = 0;
const WHITE = 3;
const probeNames = ['black', 'grey 7/15', 'grey 8/15', 'white'];

/** Row `probe` of a layer's probe × units activations. */
function row(values: Float32Array, probe: number, units: number): number[] {
  return Array.from(values.subarray(probe * units, (probe + 1) * units));
}

/**
 * The black and white images' activations per layer from a snapshot's probe activations
 * (hidden layers, then the output logit). Without a snapshot (the poster), what is known
 * exactly at initialisation: biases start at 0, so with f(0) = 0 the black image gives 0
 * everywhere; with the sigmoid, ½ in the first layer and nothing knowable after it.
 */
export function layerRows(state: BiasState, activations: Float32Array[] | null): LayerRow[] {
  const names = [...Array.from({ length: state.depth }, (_, index) => `Hidden layer ${index + 1}`), 'Output logit z'];
  if (activations && activations.length === names.length) {
    return names.map((name, layer) => {
      const units = layer < state.depth ? HIDDEN_UNITS : 1;
      return { name, black: row(activations[layer], BLACK, units), white: row(activations[layer], WHITE, units) };
    });
  }
  if (!zeroAtZero(state.activation)) return [{ name: names[0], black: Array(HIDDEN_UNITS).fill(0.5), white: null }];
  return names.map((name, layer) => ({ name, black: Array(layer < state.depth ? HIDDEN_UNITS : 1).fill(0), white: null }));
}

/** The output logit z of each probe image, or null without a snapshot. */
export function probeLogits(activations: Float32Array[] | null): number[] | null {
  const output = activations?.at(-1);
  return output && output.length === 4 ? Array.from(output) : null;
}

/** The probe images with p(white) = σ(z) where known (at initialisation the black one is ½ whenever f(0) = 0). */
export function probeImages(state: BiasState, logits: number[] | null): ProbeImage[] {
  return probeLevels().map((level, index) => {
    const known = logits ? sigmoid(logits[index]) : index === BLACK && zeroAtZero(state.activation) ? 0.5 : null;
    return { level, name: probeNames[index], probability: known };
  });
}

/**
 * The headline numbers for the frame's data-* attributes. The black image's logit is written
 * as it is (exactly "0" when it is exactly 0), its activations per layer as "a,b;c,d;e".
 */
export function reportNumbers(state: BiasState, image: Snapshot | null, field: Snapshot | null): Record<string, number | string | null> {
  const activations = image?.activations ?? null;
  const black = probeLogits(activations)?.[0] ?? null;
  return {
    bias: state.on ? 'on' : 'off', activation: state.activation, depth: state.depth, side: state.side, seed: state.seed,
    step: image?.step ?? null,
    accuracy: image?.trainAccuracy ?? null,
    loss: image ? attributeValue(image.trainLoss) : null,
    blackOutput: black,
    blackProbability: black === null ? null : attributeValue(sigmoid(black)),
    blackActivations: activations ? layerRows(state, activations).map((layer) => layer.black.map(attributeValue).join(',')).join(';') : null,
    fieldAccuracy: field?.trainAccuracy ?? null,
    fieldStep: field?.step ?? null,
    originOutput: field?.activations?.at(-1)?.[0] ?? null,
  };
}

export { BLACK, WHITE };
