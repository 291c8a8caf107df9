/**
 * What the bias demo trains, as plain data (no React): the two networks' specs, their data,
 * the probe images and the field's box. The claim tests train exactly these.
 */
import { splitDataset, type SplitDataset } from '@/lib/data/dataset';
import { darkGreyLevels } from '@/lib/data/greyImages';
import { makeTwoPixelImages } from '@/lib/data/twoPixelImages';
import type { HyperParameters } from '@/lib/nn/session.types';
import type { Activation, ModelSpec } from '@/lib/nn/spec';
import type { DatasetSource } from '@/lib/worker/protocol';

/** Units per hidden layer: enough that a ReLU layer rarely starts with every unit dead. */
export const HIDDEN_UNITS = 8;
/** Grey levels of the image set: 0, 1/15, …, 1 without ½ (16 images, the first pair black and white). */
export const GREY_LEVELS = 16;
/** Both panels stop after this many full-batch updates. */
export const MAX_STEPS = 2000;
/** Two-pixel images in the 2-D panel. */
export const PLANE_COUNT = 200;

/**
 * Full-batch SGD with momentum: on these flat images it reached 100% with biases for every
 * activation, depth, side and seed we tried, where Adam at a useful rate sometimes killed
 * every ReLU unit at the start.
 */
export const hyper: HyperParameters = {
  learningRate: 0.1, batchSize: 'full', optimiser: 'sgd', momentum: 0.9, loss: 'crossEntropy', l2: 0, dropout: 0,
};

/** A small MLP with a sigmoid head; `useBias` switches the biases of every layer at once. */
export function networkSpec(inputSize: number, depth: number, activation: Activation, useBias: boolean): ModelSpec {
  return {
    inputSize,
    hidden: Array.from({ length: depth }, () => ({ units: HIDDEN_UNITS, activation, useBias })),
    outputSize: 1,
    head: 'sigmoid',
    outputBias: useBias,
    initialisation: 'glorot',
  };
}

/** All the flat grey images of side n, every one of them training (no validation split). */
export function greyImageSource(side: number, seed: number): DatasetSource {
  return { kind: 'generator', name: 'greyImages', params: { size: side, levels: GREY_LEVELS, validationFraction: 0 }, seed };
}

/** The probe images' grey levels: black, the two greys nearest ½ (7/15 and 8/15), and white. */
export function probeLevels(): number[] {
  const dark = darkGreyLevels(GREY_LEVELS);
  const nearest = dark[dark.length - 1];
  return [0, nearest, 1 - nearest, 1];
}

/** The probe images of side n, row-major (4 × n²), in the order of `probeLevels`. */
export function probeImages(side: number): Float32Array {
  const pixels = side * side;
  const inputs = new Float32Array(4 * pixels);
  probeLevels().forEach((level, index) => inputs.fill(level, index * pixels, (index + 1) * pixels));
  return inputs;
}

/** The 2-D panel's data: two-pixel images, all training. */
export function planeData(seed: number): SplitDataset {
  return splitDataset(makeTwoPixelImages({ count: PLANE_COUNT, seed }), 0, seed);
}

/**
 * The field's box and resolution: with 65 points from −0.5 to 1.5 the grid steps by 1/32,
 * so the origin is exactly grid point (16, 16).
 */
export const planeGrid = { xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5, resolution: 65 } as const;

/** The single input the 2-D panel probes: the origin (0, 0). */
export const originProbe = new Float32Array([0, 0]);

/** Whether f(0) = 0, so a bias-free layer maps the zero vector to zero. */
export function zeroAtZero(activation: Activation): boolean {
  return activation !== 'sigmoid';
}
