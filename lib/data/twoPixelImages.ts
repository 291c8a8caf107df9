/**
 * Two-pixel images as points in the plane: x = (x₁, x₂), each pixel's brightness in [0, 1].
 * The dark images cluster around (0.2, 0.2) and the bright ones around (0.8, 0.8), so both
 * clusters lie on the same diagonal ray from the origin — the bias article's 2-D example,
 * where no line through the origin can separate them.
 */
import type { Dataset } from './dataset';
import { makeGaussians } from './planar';

/** What `makeTwoPixelImages` takes. */
export interface TwoPixelOptions {
  count: number;
  seed: number;
}

/** The centres μ₀ = (0.2, 0.2) (dark, label 0) and μ₁ = (0.8, 0.8) (bright, label 1). */
export const twoPixelCentres = { dark: 0.2, bright: 0.8 } as const;

/**
 * Balanced dark (label 0) and bright (label 1) two-pixel images: `makeGaussians`' blobs
 * N(∓0.45, 0.2²) mapped by x ↦ ½ + ⅔·x, which puts the centres at 0.2 and 0.8 with
 * σ = 0.133, then clamped to [0, 1] because a pixel cannot be darker than black or brighter
 * than white. Seeded; the order is shuffled.
 */
export function makeTwoPixelImages(options: TwoPixelOptions): Dataset {
  const blobs = makeGaussians({ count: options.count, noise: 0, seed: options.seed });
  const inputs = new Float32Array(blobs.inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    inputs[index] = Math.min(1, Math.max(0, 0.5 + (2 / 3) * blobs.inputs[index]));
  }
  return { ...blobs, inputs };
}
