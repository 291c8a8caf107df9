import type { Activation } from '@/lib/nn/spec';

/**
 * A number for a cell or a readout. Zero prints as "0" only when it is exactly zero; small
 * non-zero values switch to exponent form so they never round to a false "0".
 */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size < 0.005) return value.toExponential(0).replace('e-', 'e−').replace('-', '−');
  const digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  const fixed = value.toFixed(digits);
  // Short form ("0.5") only when it is the exact value; "1.00" says it was rounded.
  const text = Number(fixed) === value ? String(Number(fixed)) : fixed;
  return text.replace('-', '−');
}

/** A number for a data-* attribute: exact zero stays "0", others keep six significant digits. */
export function attributeValue(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(6));
}

/** σ(z) = 1/(1 + e^(−z)); exactly ½ at z = 0. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

const activationNames: Record<Activation, string> = {
  relu: 'ReLU', tanh: 'tanh', sigmoid: 'the sigmoid', linear: 'no activation', leakyRelu: 'the leaky ReLU', gelu: 'GELU',
};

/** The one-line note under the image panel: what the chosen settings do to the black image. */
export function blackImageNote(activation: Activation, biases: boolean): string {
  if (biases) return 'With biases, each layer adds b, so the black image’s activations can become whatever training needs. They start at exactly 0 because biases are initialised to zero.';
  if (activation === 'sigmoid') {
    return 'Sigmoid is the exception: σ(0) = ½, so the first hidden layer gives the black image ½ in every unit, not 0. Later layers and the output logit are then generally not 0, and training can move them.';
  }
  return `With ${activationNames[activation]}, f(0) = 0. Without biases the black image stays exactly 0 in every layer, so its probability stays at ½ however long the network trains.`;
}

/** The one-line note under the 2-D panel: where the bias-free boundary can go. */
export function boundaryNote(activation: Activation, biases: boolean): string {
  if (biases) return 'With biases the boundary can sit wherever the data need it: between the two clusters.';
  switch (activation) {
    case 'relu':
    case 'leakyRelu':
      return 'Without biases the network is positively homogeneous, N(a·x) = a·N(x), so its boundary is made of rays from the origin. Both cluster centres lie on one ray, so a wedge is the best it can do.';
    case 'linear':
      return 'Without biases and without an activation the network is linear, so its boundary is one straight line through the origin.';
    case 'sigmoid':
      return 'Sigmoid hidden units give ½ at the origin, not 0, so here the boundary need not pass through it; the first layer’s own thresholds still do.';
    default:
      return 'Without biases the origin always gets logit 0, so the boundary passes through it; tanh and GELU are not homogeneous, so it can bend on the way.';
  }
}

/** "p = 0.531", or "p < 0.001" / "p > 0.999" at the extremes. */
export function probabilityPhrase(p: number): string {
  const text = formatProbability(p);
  return text.startsWith('<') || text.startsWith('>') ? `p ${text}` : `p = ${text}`;
}

/** A probability with three decimals; ½ prints as "0.5", and values that would round to 0 or 1 say so. */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p === 0.5) return '0.5';
  if (p > 0.9995) return '> 0.999';
  if (p < 0.0005) return '< 0.001';
  return p.toFixed(3);
}
