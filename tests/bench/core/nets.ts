/** The networks and datasets the core benchmark measures. */
import { splitDataset, type Dataset, type SplitDataset } from '@/lib/data/dataset';
import { decodeDigits, digitsPath } from '@/lib/data/digits';
import { makeCircle, makeSpiral } from '@/lib/data/planar';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { Activation, Head, ModelSpec } from '@/lib/nn/spec';
import { makeRandom } from '@/lib/random';

export type NetName = 'circle' | 'spiral' | 'digits' | 'mnist';

/** A dense spec from layer widths: hidden layers use `activation`. */
export function denseSpec(widths: number[], activation: Activation, head: Head): ModelSpec {
  return {
    inputSize: widths[0],
    hidden: widths.slice(1, -1).map((units) => ({ units, activation, useBias: true })),
    outputSize: widths[widths.length - 1],
    head,
    outputBias: true,
    initialisation: activation === 'relu' ? 'he' : 'glorot',
  };
}

export const specs: Record<NetName, ModelSpec> = {
  circle: denseSpec([2, 4, 2, 1], 'tanh', 'sigmoid'),
  spiral: denseSpec([2, 8, 8, 8, 1], 'tanh', 'sigmoid'),
  digits: denseSpec([64, 32, 10], 'relu', 'softmax'),
  mnist: denseSpec([784, 128, 128, 10], 'relu', 'softmax'),
};

export const baseHyper: HyperParameters = {
  learningRate: 0.03, batchSize: 10, optimiser: 'sgd', momentum: 0, loss: 'crossEntropy', l2: 0, dropout: 0,
};

/** Random inputs in [0, 1) with random labels: throughput does not depend on the data. */
function synthetic(count: number, inputSize: number, classes: number, seed: number): Dataset {
  const random = makeRandom(seed);
  const inputs = Float32Array.from({ length: count * inputSize }, () => random.next());
  const labels = Int32Array.from({ length: count }, () => random.int(classes));
  return { count, inputSize, inputs, labels, classes };
}

/** How the digits binary is read: fetch in the page; core.mjs's Node entry swaps in a file read. */
let readDigits = async (path: string): Promise<ArrayBuffer> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
};

export function setDigitsReader(reader: (path: string) => Promise<ArrayBuffer>): void {
  readDigits = reader;
}

/** 1250 of the site's 8 × 8 digits (a stratified draw), or synthetic 64-d data without them. */
async function digits(seed: number): Promise<{ data: SplitDataset; source: string }> {
  try {
    const all = decodeDigits(await readDigits(digitsPath(8)));
    const subset = splitDataset(all, 1250 / all.count, seed).validation;
    return { data: splitDataset(subset, 0.2, seed), source: `8×8 MNIST digits, ${subset.count} of ${all.count}` };
  } catch (error) {
    return { data: splitDataset(synthetic(1250, 64, 10, seed), 0.2, seed), source: `synthetic 64-d (digits unavailable: ${String(error)})` };
  }
}

/** Each net's data and a description of where it came from. */
export async function loadData(name: NetName, seed = 1): Promise<{ data: SplitDataset; source: string }> {
  switch (name) {
    case 'circle':
      return { data: splitDataset(makeCircle({ count: 500, noise: 0, seed }), 0.5, seed), source: 'circle, 500 points, noise 0' };
    case 'spiral':
      return { data: splitDataset(makeSpiral({ count: 500, noise: 0, seed }), 0.5, seed), source: 'spiral, 500 points, noise 0' };
    case 'digits':
      return digits(seed);
    case 'mnist':
      // Small sets keep each call's snapshot (losses over both sets) cheap; batches are 64 anyway.
      return { data: splitDataset(synthetic(704, 784, 10, seed), 64 / 704, seed), source: 'synthetic 784-d' };
  }
}

/** The 100 × 100 grid over [−1, 1]², x varying fastest, as the decision fields draw it. */
export function gridInputs(resolution = 100): Float32Array {
  const inputs = new Float32Array(resolution * resolution * 2);
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const index = row * resolution + column;
      inputs[2 * index] = -1 + (2 * column) / (resolution - 1);
      inputs[2 * index + 1] = -1 + (2 * row) / (resolution - 1);
    }
  }
  return inputs;
}
