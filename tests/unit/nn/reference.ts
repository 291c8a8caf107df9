/**
 * An independent float64 oracle for the nn tests: the network, heads and losses written out
 * plainly in double precision (Math.tanh, naive formulas), and central finite differences of it.
 */
import type { LossKind } from '@/lib/nn/losses';
import type { Activation, Head, ModelSpec, NetworkWeights } from '@/lib/nn/spec';

const activations: Record<Activation, (z: number) => number> = {
  linear: (z) => z,
  relu: (z) => Math.max(0, z),
  tanh: (z) => Math.tanh(z),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  leakyRelu: (z) => (z > 0 ? z : 0.01 * z),
  gelu: (z) => 0.5 * z * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (z + 0.044715 * z ** 3))),
};

/** A fixed batch and everything the objective depends on besides the parameters. */
export interface ReferenceProblem {
  spec: ModelSpec;
  inputs: ArrayLike<number>;
  targets: ArrayLike<number>;
  count: number;
  masks: Float32Array[] | null;
  loss: LossKind;
  l2: number;
}

/** Parameters as float64 arrays, W_1, b_1?, W_2, … */
export type Parameters = Float64Array[];

export function toParameters(weights: NetworkWeights): Parameters {
  return weights.flatMap((layer) => (layer.bias ? [layer.weights, layer.bias] : [layer.weights]).map((a) => Float64Array.from(a)));
}

function headOf(head: Head, logits: number[]): number[] {
  if (head === 'sigmoid') return logits.map(activations.sigmoid);
  if (head === 'softmax') {
    const exponentials = logits.map((z) => Math.exp(z));
    const total = exponentials.reduce((a, b) => a + b, 0);
    return exponentials.map((e) => e / total);
  }
  return logits;
}

/** z_L for sample `row`, layer by layer in float64. */
export function referenceLogits(problem: ReferenceProblem, parameters: Parameters, row: number): number[] {
  const { spec } = problem;
  let h = Array.from({ length: spec.inputSize }, (_, i) => problem.inputs[row * spec.inputSize + i]);
  let next = 0;
  const layerCount = spec.hidden.length + 1;
  for (let layer = 0; layer < layerCount; layer++) {
    const hidden = layer < spec.hidden.length ? spec.hidden[layer] : null;
    const units = hidden ? hidden.units : spec.outputSize;
    const useBias = hidden ? hidden.useBias : spec.outputBias;
    const weights = parameters[next++];
    const bias = useBias ? parameters[next++] : null;
    const z = Array.from({ length: units }, (_, j) => h.reduce((sum, x, i) => sum + x * weights[i * units + j], bias ? bias[j] : 0));
    if (!hidden) return z;
    const mask = problem.masks?.[layer];
    h = z.map((value, j) => activations[hidden.activation](value) * (mask ? mask[row * units + j] : 1));
  }
  throw new Error('unreachable');
}

/** L + (λ/2)Σ‖W‖² in float64, from the naive definitions of the losses. */
export function referenceObjective(problem: ReferenceProblem, parameters: Parameters): number {
  const { spec, count } = problem;
  const k = spec.outputSize;
  let total = 0;
  for (let row = 0; row < count; row++) {
    const logits = referenceLogits(problem, parameters, row);
    const outputs = headOf(spec.head, logits);
    const y = Array.from({ length: k }, (_, j) => problem.targets[row * k + j]);
    if (problem.loss === 'binaryCrossEntropy') {
      total += outputs.reduce((sum, p, j) => sum - y[j] * Math.log(p) - (1 - y[j]) * Math.log(1 - p), 0);
    } else if (problem.loss === 'categoricalCrossEntropy') {
      total += outputs.reduce((sum, p, j) => sum - y[j] * Math.log(p), 0);
    } else {
      total += outputs.reduce((sum, p, j) => sum + (p - y[j]) ** 2, 0) / k;
    }
  }
  const penalty = weightMatrices(spec, parameters).reduce((sum, w) => sum + w.reduce((s, v) => s + v * v, 0), 0);
  return total / count + (problem.l2 / 2) * penalty;
}

function weightMatrices(spec: ModelSpec, parameters: Parameters): Float64Array[] {
  const matrices: Float64Array[] = [];
  let next = 0;
  for (const useBias of [...spec.hidden.map((layer) => layer.useBias), spec.outputBias]) {
    matrices.push(parameters[next++]);
    if (useBias) next++;
  }
  return matrices;
}

/** Central differences (f(θ + h) − f(θ − h)) / 2h for every parameter, in float64. */
export function finiteDifferences(problem: ReferenceProblem, weights: NetworkWeights, step = 1e-6): Parameters {
  const parameters = toParameters(weights);
  return parameters.map((array) =>
    array.map((held, index) => {
      array[index] = held + step;
      const above = referenceObjective(problem, parameters);
      array[index] = held - step;
      const below = referenceObjective(problem, parameters);
      array[index] = held;
      return (above - below) / (2 * step);
    }),
  );
}

/** max |a − b| / (atol + rtol·|b|) over all entries: ≤ 1 means within tolerance. */
export function worstMismatch(actual: Parameters | Float32Array[], expected: Parameters, atol: number, rtol: number): number {
  let worst = 0;
  actual.forEach((array, a) => {
    array.forEach((value: number, i: number) => {
      worst = Math.max(worst, Math.abs(value - expected[a][i]) / (atol + rtol * Math.abs(expected[a][i])));
    });
  });
  return worst;
}
