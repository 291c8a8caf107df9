/**
 * What a network is, independent of the engine that trains it.
 *
 * Layer l computes h_l = f_l(h_{l−1} W_l + b_l), with W_l stored row-major as
 * (inputs × units), so that a batch X (rows = samples) maps to X·W — the post's x·A·B notation.
 */

/** Activation functions a hidden layer may use. "linear" is the identity (no nonlinearity). */
export type Activation = 'linear' | 'relu' | 'tanh' | 'sigmoid' | 'leakyRelu' | 'gelu';

/** The output head: sigmoid for two classes, softmax for many, linear for regression. */
export type Head = 'sigmoid' | 'softmax' | 'linear';

/** How initial weights are drawn. */
export type Initialisation = 'glorot' | 'he' | 'scaled';

export interface LayerSpec {
  units: number;
  activation: Activation;
  /** Whether the layer adds a bias b_l. */
  useBias: boolean;
}

export interface ModelSpec {
  /** Features per input sample, d. */
  inputSize: number;
  hidden: LayerSpec[];
  /** Units of the output layer: 1 for a sigmoid or scalar linear head, k for softmax over k classes. */
  outputSize: number;
  head: Head;
  /** Whether the output layer adds a bias. */
  outputBias: boolean;
  initialisation: Initialisation;
  /** Standard deviation for `initialisation: 'scaled'` (normal draws of that scale). */
  initScale?: number;
  /**
   * Standard deviation of normal draws for the initial biases (default 0: biases start at 0).
   * With zero biases every first-layer ReLU of a 1-D net bends at x = 0; random biases spread
   * the bends, as in the region counts of Hanin & Rolnick (2019).
   */
  biasScale?: number;
}

/** One layer's parameters: W (inputs × units, row-major) and b (units) or null without bias. */
export interface LayerWeights {
  inputSize: number;
  units: number;
  weights: Float32Array;
  bias: Float32Array | null;
}

/** All parameters of a network, hidden layers first, the output layer last. */
export type NetworkWeights = LayerWeights[];
