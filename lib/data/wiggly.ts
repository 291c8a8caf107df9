/**
 * Wiggly regression targets for the depth-versus-width demo: smooth functions with several
 * bends, so that a ReLU network needs many linear pieces to follow them. Deterministic (no
 * seed): training samples on an even grid, validation samples halfway between them.
 */
import type { Dataset, SplitDataset } from './dataset';

/** f(x) = 0.6·sin(2πx) + 0.35·sin(5πx + 1) on [−1, 1]: four humps of uneven size. */
export function wigglyCurve(x: number): number {
  return 0.6 * Math.sin(2 * Math.PI * x) + 0.35 * Math.sin(5 * Math.PI * x + 1);
}

/** f(x, y) = 0.7·sin(2.5x + 0.5)·cos(2y) + 0.3·sin(4xy) on [−1, 1]²: ridges and a saddle. */
export function wigglySurface(x: number, y: number): number {
  return 0.7 * Math.sin(2.5 * x + 0.5) * Math.cos(2 * y) + 0.3 * Math.sin(4 * x * y);
}

/** A regression dataset of `count` samples with inputs from `inputAt(i)` and f at them. */
function regression(count: number, inputSize: number, inputAt: (index: number) => number[], target: (input: number[]) => number): Dataset {
  const inputs = new Float32Array(count * inputSize);
  const targets = new Float32Array(count);
  for (let index = 0; index < count; index++) {
    const input = inputAt(index);
    inputs.set(input, index * inputSize);
    targets[index] = target(input);
  }
  return { count, inputSize, inputs, labels: new Int32Array(count), classes: 1, targets, targetSize: 1 };
}

/**
 * `wigglyCurve` sampled at `count` evenly spaced x in [−1, 1] (ends included) for training, and
 * at the `count − 1` midpoints for validation.
 */
export function makeWigglyCurve(count = 160): SplitDataset {
  const points = Math.max(2, Math.floor(count));
  const spacing = 2 / (points - 1);
  return {
    train: regression(points, 1, (index) => [-1 + index * spacing], ([x]) => wigglyCurve(x)),
    validation: regression(points - 1, 1, (index) => [-1 + (index + 0.5) * spacing], ([x]) => wigglyCurve(x)),
  };
}

/**
 * `wigglySurface` on a side × side grid over [−1, 1]² (ends included) for training, and on the
 * (side − 1)² cell centres for validation.
 */
export function makeWigglySurface(side = 16): SplitDataset {
  const points = Math.max(2, Math.floor(side));
  const spacing = 2 / (points - 1);
  const at = (cells: number, offset: number) => (index: number) => [-1 + ((index % cells) + offset) * spacing, -1 + (Math.floor(index / cells) + offset) * spacing];
  return {
    train: regression(points * points, 2, at(points, 0), ([x, y]) => wigglySurface(x, y)),
    validation: regression((points - 1) ** 2, 2, at(points - 1, 0.5), ([x, y]) => wigglySurface(x, y)),
  };
}
