/**
 * Two-class point sets in the plane, the playground's toy problems.
 *
 * Every set lives in the box [−1, 1] × [−1, 1] before noise: decision-field grids are drawn
 * over that box. `noise` is the standard deviation σ of Gaussian jitter N(0, σ²) added to
 * each coordinate afterwards, so with σ > 0 a few points may fall just outside the box.
 * Classes are balanced (⌈n/2⌉ of class 0, ⌊n/2⌋ of class 1) and the order is shuffled.
 */
import { makeRandom, type Random } from '../random';
import type { Dataset } from './dataset';

/** What every 2-D generator takes: n samples, jitter σ (box units) and the seed. */
export interface PlanarOptions {
  count: number;
  noise: number;
  seed: number;
}

/** The 2-D problems, as the URL names them. */
export type PlanarName = 'circle' | 'xor' | 'gaussians' | 'spiral' | 'moons';

/** Draws one clean point (x, y) of class `label` ∈ {0, 1}. */
type PointDrawer = (label: number, random: Random) => [number, number];

/** Builds a balanced, shuffled, jittered dataset from a per-class point drawer. */
function makePlanar(options: PlanarOptions, drawPoint: PointDrawer): Dataset {
  const count = Math.max(0, Math.floor(options.count));
  const noise = Math.max(0, options.noise);
  const random = makeRandom(options.seed);
  const labels = new Int32Array(count);
  for (let index = 0; index < count; index++) labels[index] = index % 2;
  random.shuffleInPlace(labels);
  const inputs = new Float32Array(count * 2);
  for (let index = 0; index < count; index++) {
    const [x, y] = drawPoint(labels[index], random);
    inputs[2 * index] = x + noise * random.normal();
    inputs[2 * index + 1] = y + noise * random.normal();
  }
  return { count, inputSize: 2, inputs, labels, classes: 2 };
}

/** A point at radius r and a uniform angle θ: (r cos θ, r sin θ). */
function polar(radius: number, random: Random): [number, number] {
  const angle = random.uniform(0, 2 * Math.PI);
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

/**
 * A disc inside a ring: class 0 has radius r ~ U[0, 0.45], class 1 r ~ U[0.6, 0.95]; no line
 * separates them, one circle does.
 */
export function makeCircle(options: PlanarOptions): Dataset {
  return makePlanar(options, (label, random) =>
    polar(label === 0 ? random.uniform(0, 0.45) : random.uniform(0.6, 0.95), random),
  );
}

/**
 * XOR: x, y ~ U[−1, 1] with a margin of 0.05 around the axes; class 0 where x·y > 0 (first
 * and third quadrants), class 1 where x·y < 0.
 */
export function makeXor(options: PlanarOptions): Dataset {
  const coordinate = (random: Random) => {
    const magnitude = random.uniform(0.05, 1);
    return random.next() < 0.5 ? -magnitude : magnitude;
  };
  return makePlanar(options, (label, random) => {
    const x = coordinate(random);
    const y = Math.abs(coordinate(random));
    return [x, label === 0 ? Math.sign(x) * y : -Math.sign(x) * y];
  });
}

/** A standard normal draw truncated to |z| ≤ 2.5 (by rejection), so blobs stay in the box. */
function truncatedNormal(random: Random): number {
  for (;;) {
    const value = random.normal();
    if (Math.abs(value) <= 2.5) return value;
  }
}

/**
 * Two Gaussian blobs N(μ_c, 0.2² I), each coordinate truncated at 2.5σ, with
 * μ_0 = (−0.45, −0.45) and μ_1 = (0.45, 0.45): almost linearly separable.
 */
export function makeGaussians(options: PlanarOptions): Dataset {
  return makePlanar(options, (label, random) => {
    const centre = label === 0 ? -0.45 : 0.45;
    return [centre + 0.2 * truncatedNormal(random), centre + 0.2 * truncatedNormal(random)];
  });
}

/**
 * Two interleaved spiral arms: t ~ U[0.05, 1], radius r = 0.95·t, angle θ = 3.5π·t + cπ for
 * class c, so each arm winds 1¾ turns.
 */
export function makeSpiral(options: PlanarOptions): Dataset {
  return makePlanar(options, (label, random) => {
    const t = random.uniform(0.05, 1);
    const angle = 3.5 * Math.PI * t + label * Math.PI;
    return [0.95 * t * Math.cos(angle), 0.95 * t * Math.sin(angle)];
  });
}

/**
 * Two interleaving half-moons (scikit-learn's make_moons), θ ~ U[0, π]: class 0 on
 * (cos θ, sin θ), class 1 on (1 − cos θ, ½ − sin θ), then mapped into the box by
 * (x, y) ↦ ((x − ½)/1.5, (y − ¼)/1.5), which keeps the aspect ratio: x ∈ [−1, 1], y ∈ [−½, ½].
 */
export function makeMoons(options: PlanarOptions): Dataset {
  return makePlanar(options, (label, random) => {
    const angle = random.uniform(0, Math.PI);
    const x = label === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
    const y = label === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
    return [(x - 0.5) / 1.5, (y - 0.25) / 1.5];
  });
}

/** Each 2-D problem's generator, keyed by the name the URL carries. */
export const planarGenerators: Record<PlanarName, (options: PlanarOptions) => Dataset> = {
  circle: makeCircle,
  xor: makeXor,
  gaussians: makeGaussians,
  spiral: makeSpiral,
  moons: makeMoons,
};

/** The box [xMin, xMax] × [yMin, yMax] that every 2-D set is drawn in (before noise). */
export const planarBox = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 } as const;
