/**
 * A small three-class problem for the checkpoint and embedding tests: Gaussian blobs in 6-D
 * whose class shows only in two coordinates, so a trained net separates what a linear probe on
 * the raw input finds harder, and an MLP spec that trains on it in a few hundred steps.
 */
import type { SplitDataset } from '@/lib/data/dataset';
import type { ModelSpec } from '@/lib/nn/spec';
import { makeRandom } from '@/lib/random';
import type { CheckpointPlan } from '@/lib/worker/protocol';

export function blobData(count = 240, seed = 3): SplitDataset {
  const random = makeRandom(seed);
  const make = (n: number) => {
    const inputs = new Float32Array(n * 6);
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const label = i % 3;
      labels[i] = label;
      const angle = (2 * Math.PI * label) / 3;
      for (let axis = 0; axis < 6; axis++) inputs[i * 6 + axis] = random.normal() * (axis < 2 ? 0.35 : 1);
      inputs[i * 6] += Math.cos(angle);
      inputs[i * 6 + 1] += Math.sin(angle);
    }
    return { count: n, inputSize: 6, classes: 3, inputs, labels };
  };
  return { train: make(count), validation: make(count) };
}

export const blobSpec: ModelSpec = {
  inputSize: 6,
  hidden: [{ units: 12, activation: 'relu', useBias: true }, { units: 8, activation: 'relu', useBias: true }],
  outputSize: 3,
  head: 'softmax',
  outputBias: true,
  initialisation: 'he',
};

export const blobPlan: CheckpointPlan = { steps: [0, 5, 20], probeCount: 60, embedCount: 30 };
