/**
 * Seeded initial weights, drawn in one place so that both engines start from the same numbers.
 * Weights are drawn row-major (W_l,ij for i over inputs, j over units), layer by layer;
 * biases start at 0 unless the spec asks for random ones (`biasScale`).
 */
import { describeLayers } from './layers';
import type { Initialisation, ModelSpec, NetworkWeights } from './spec';
import type { Random } from '../random';

/** Standard deviation of 'scaled' when the spec gives no initScale. */
export const DEFAULT_INIT_SCALE = 1;

/** Draws one weight of a layer with `inputs` inputs and `outputs` units. */
type WeightDraw = (random: Random, inputs: number, outputs: number, scale: number) => number;

/**
 * glorot: W ~ U(−a, a) with a = √(6/(in + out)) (Glorot & Bengio 2010);
 * he: W ~ N(0, 2/in) (He et al. 2015); scaled: W ~ N(0, s²) with s = initScale.
 */
export const INITIALISATIONS: Record<Initialisation, WeightDraw> = {
  glorot: (random, inputs, outputs) => {
    const limit = Math.sqrt(6 / (inputs + outputs));
    return random.uniform(-limit, limit);
  },
  he: (random, inputs) => random.normal() * Math.sqrt(2 / inputs),
  scaled: (random, _inputs, _outputs, scale) => random.normal() * scale,
};

/**
 * Fresh weights for `spec` from `random` (consumed in a fixed order), biases 0 — or
 * N(0, biasScale²), drawn after each layer's weights, when `spec.biasScale` > 0 (so specs
 * without it draw exactly the same numbers as before it existed).
 */
export function initialiseWeights(spec: ModelSpec, random: Random): NetworkWeights {
  const draw = INITIALISATIONS[spec.initialisation];
  const scale = spec.initScale ?? DEFAULT_INIT_SCALE;
  const biasScale = spec.biasScale ?? 0;
  return describeLayers(spec).map((layer) => {
    const weights = new Float32Array(layer.inputSize * layer.units);
    for (let index = 0; index < weights.length; index++) {
      weights[index] = draw(random, layer.inputSize, layer.units, scale);
    }
    const bias = layer.useBias ? new Float32Array(layer.units) : null;
    if (bias && biasScale > 0) for (let unit = 0; unit < bias.length; unit++) bias[unit] = random.normal() * biasScale;
    return { inputSize: layer.inputSize, units: layer.units, weights, bias };
  });
}
