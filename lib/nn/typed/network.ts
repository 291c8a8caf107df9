/**
 * The typed engine's storage: parameters with their gradients and optimiser state, and one
 * workspace of activations per batch size, allocated once so that training allocates nothing.
 *
 * Everything is stored as float32, as tfjs stores it, and computed in float64 in between (the
 * way tfjs's cpu kernels do): the two engines then round at the same places and stay within
 * about 1e-6 of each other, and the weights that `getWeights` returns are exactly the state
 * that trains on.
 */
import type { LayerShape } from '../layers';
import type { LayerWeights } from '../spec';
import { ACTIVATION_LOOPS, type ActivationLoops } from './activationLoops';

/** One array of parameters θ (a W_l or a b_l) and what the update needs beside it. */
export interface TypedParameter {
  value: Float32Array;
  gradient: Float32Array;
  /** The optimiser's state: [v] for sgd, [m, s] for adam. */
  slots: Float32Array[];
  /** The update's proposal for θ and the slots, committed only when all of it is finite. */
  proposal: Float32Array;
  proposedSlots: Float32Array[];
}

/** Layer l: its shape, f_l (as array loops), and its W_l (inputs × units) and b_l as parameters. */
export interface TypedLayer extends LayerWeights {
  shape: LayerShape;
  activation: ActivationLoops;
  weightParameter: TypedParameter;
  biasParameter: TypedParameter | null;
}

/** Per-layer buffers for a batch of `count` samples, each count × units. */
export interface Workspace {
  count: number;
  /** z_l = h_{l−1} W_l + b_l. */
  preactivations: Float32Array[];
  /** f_l(z_l), before dropout. */
  activations: Float32Array[];
  /** h_l = f_l(z_l) ⊙ m_l, the layer's output under dropout (without, h_l is `activations`). */
  outputs: Float32Array[];
  /** δ_l = ∂L/∂z_l. */
  deltas: Float32Array[];
  /** ŷ = g(z_L), count × outputSize. */
  predictions: Float32Array;
  /** Zeros, as wide as the widest layer: the b of layers without bias. */
  zeros: Float32Array;
}

function createParameter(size: number): TypedParameter {
  return {
    value: new Float32Array(size),
    gradient: new Float32Array(size),
    slots: [new Float32Array(size), new Float32Array(size)],
    proposal: new Float32Array(size),
    proposedSlots: [new Float32Array(size), new Float32Array(size)],
  };
}

/** Zeroed layers for `shapes`. */
export function createTypedLayers(shapes: LayerShape[]): TypedLayer[] {
  return shapes.map((shape) => {
    const weightParameter = createParameter(shape.inputSize * shape.units);
    const biasParameter = shape.useBias ? createParameter(shape.units) : null;
    return {
      shape,
      inputSize: shape.inputSize,
      units: shape.units,
      activation: ACTIVATION_LOOPS[shape.activation],
      weights: weightParameter.value,
      bias: biasParameter ? biasParameter.value : null,
      weightParameter,
      biasParameter,
    };
  });
}

/** Points each layer's `weights` and `bias` at its parameters' current arrays (after a commit). */
export function refreshLayerViews(layers: TypedLayer[]): void {
  for (let index = 0; index < layers.length; index++) {
    const layer = layers[index];
    layer.weights = layer.weightParameter.value;
    layer.bias = layer.biasParameter ? layer.biasParameter.value : null;
  }
}

/** Every parameter of `layers`, W_l then b_l, layer by layer. */
export function listParameters(layers: TypedLayer[]): TypedParameter[] {
  const parameters: TypedParameter[] = [];
  for (const layer of layers) {
    parameters.push(layer.weightParameter);
    if (layer.biasParameter) parameters.push(layer.biasParameter);
  }
  return parameters;
}

/** Buffers for batches of `count` samples. */
export function createWorkspace(shapes: LayerShape[], count: number): Workspace {
  const sized = () => shapes.map((shape) => new Float32Array(count * shape.units));
  const units = shapes[shapes.length - 1].units;
  return {
    count,
    preactivations: sized(),
    activations: sized(),
    outputs: sized(),
    deltas: sized(),
    predictions: new Float32Array(count * units),
    zeros: new Float32Array(Math.max(...shapes.map((shape) => shape.units))),
  };
}
