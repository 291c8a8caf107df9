/**
 * Tiny flat images for the bias question: every pixel of an image has the same grey level g,
 * with 0 = black and 1 = white. A network without biases maps the black image x = 0 to
 * f(0·W) = f(0) whatever its weights, so it cannot tell black from anything its output at 0
 * happens to mean; with biases it can.
 */
import { makeRandom } from '../random';
import type { Dataset } from './dataset';

/** What `makeGreyImages` takes. */
export interface GreyImageOptions {
  /** Side n of each n × n image (inputSize = n²). */
  size: number;
  /** Number m ≥ 2 of evenly spaced grey levels g_i = i/(m − 1), i = 0 … m−1 (0.5 is left out). */
  levels: number;
  /** Number of images; defaults to one per level (m, or m − 1 when m is odd). */
  count?: number;
  seed: number;
}

/**
 * The grey levels below ½ (the dark ones), ascending from 0. The light ones are their mirror
 * images 1 − g, so the set is symmetric about ½ and ½ itself, which belongs to neither class,
 * is never used.
 */
export function darkGreyLevels(levels: number): number[] {
  const steps = Math.max(2, Math.floor(levels)) - 1;
  const dark: number[] = [];
  for (let index = 0; 2 * index < steps; index++) dark.push(index / steps);
  return dark;
}

/**
 * Flat n × n grey images labelled by lightness: label 0 ("darker") when g < ½, label 1
 * ("lighter") when g > ½. Images come in dark/light pairs (g, 1 − g) cycling through the
 * levels, so the classes are balanced (exactly for even counts) and the first pair is always
 * the exactly-black image (all 0) and the exactly-white one (all 1). The order is shuffled
 * by `seed`; the pixels carry no noise.
 */
export function makeGreyImages(options: GreyImageOptions): Dataset {
  const size = Math.max(1, Math.floor(options.size));
  const dark = darkGreyLevels(options.levels);
  const count = Math.max(0, Math.floor(options.count ?? 2 * dark.length));
  const inputSize = size * size;
  const order = makeRandom(options.seed).shuffleInPlace(Int32Array.from({ length: count }, (_, index) => index));
  const inputs = new Float32Array(count * inputSize);
  const labels = new Int32Array(count);
  for (let slot = 0; slot < count; slot++) {
    const index = order[slot];
    const level = dark[Math.floor(index / 2) % dark.length];
    const label = index % 2;
    labels[slot] = label;
    inputs.fill(label === 0 ? level : 1 - level, slot * inputSize, (slot + 1) * inputSize);
  }
  return { count, inputSize, inputs, labels, classes: 2 };
}
