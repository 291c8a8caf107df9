/**
 * Exact linear regions of a ReLU network along a line: walk from one end to the other, and at
 * each point find, from the current activation pattern's affine forms, the nearest point where
 * some hidden unit's pre-activation a_u(t) = α_u + β_u·t changes sign. Exact up to float
 * tolerance (about 1e-9 of the segment); a region is a maximal interval with one activation
 * pattern of all hidden units.
 */
import type { LayerWeights } from '../nn/spec';
import { applyLayer, applyPattern, hiddenLayers, makeInputMap, type AffineMap } from './reluNetwork';

/** The pieces along the segment x(t) = start + t·(end − start), t ∈ [0, 1]. */
export interface SegmentRegions {
  /** Number of regions (activation patterns) the segment crosses. */
  count: number;
  /** The interior breakpoints t_1 < … < t_{count−1} (as x for `linearRegionsOnInterval`). */
  breakpoints: Float64Array;
  /** dy/dt of the first output on each piece (dy/dx for `linearRegionsOnInterval`). */
  slopes: Float64Array;
}

/** Relative tolerance for "a_u(t) is zero". */
const zeroTolerance = 1e-9;
/** Steps shorter than this (in t) are treated as this, so the walk always advances. */
const minimumStep = 1e-12;

/** Whether unit u is active just after t: a_u(t) > 0, or a_u(t) ≈ 0 and rising. */
function isActiveAfter(value: number, slope: number): boolean {
  const tolerance = zeroTolerance * (1 + Math.abs(slope));
  return value > tolerance || (Math.abs(value) <= tolerance && slope > 0);
}

/**
 * The pattern just after t, layer by layer, and the distance to the nearest sign change of
 * any hidden pre-activation under that pattern; also the output's slope on this piece.
 */
function stepFrom(layers: LayerWeights[], input: AffineMap, t: number): { step: number; slope: number } {
  let map = input;
  let step = Infinity;
  for (const layer of hiddenLayers(layers)) {
    const pre = applyLayer(map, layer);
    const pattern = new Uint8Array(layer.units);
    for (let unit = 0; unit < layer.units; unit++) {
      const slope = pre.slopes[unit];
      const value = pre.offset[unit] + slope * t;
      const active = isActiveAfter(value, slope);
      pattern[unit] = active ? 1 : 0;
      if ((active && slope < 0) || (!active && slope > 0)) step = Math.min(step, -value / slope);
    }
    map = applyPattern(pre, pattern);
  }
  const output = layers.length > 0 ? applyLayer(map, layers[layers.length - 1]) : map;
  return { step: Math.max(step, minimumStep), slope: output.slopes[0] ?? 0 };
}

/**
 * Linear regions of `layers` (hidden ReLU layers, then a linear output) along the segment
 * from `start` to `end` in input space (each of length inputSize).
 */
export function linearRegionsOnSegment(layers: LayerWeights[], start: ArrayLike<number>, end: ArrayLike<number>): SegmentRegions {
  const direction = Array.from(start, (value, index) => end[index] - value);
  const input = makeInputMap(start, [direction]);
  const breakpoints: number[] = [];
  const slopes: number[] = [];
  let t = 0;
  for (let guard = 0; guard < 10_000_000; guard++) {
    const { step, slope } = stepFrom(layers, input, t);
    slopes.push(slope);
    if (t + step >= 1 - minimumStep) break;
    t += step;
    breakpoints.push(t);
  }
  return { count: slopes.length, breakpoints: Float64Array.from(breakpoints), slopes: Float64Array.from(slopes) };
}

/**
 * Linear regions of a network with one scalar input x over the interval [low, high]:
 * count, breakpoints x_1 < … (in x) and dy/dx on each piece.
 */
export function linearRegionsOnInterval(layers: LayerWeights[], low: number, high: number): SegmentRegions {
  const regions = linearRegionsOnSegment(layers, [low], [high]);
  const width = high - low;
  return {
    count: regions.count,
    breakpoints: regions.breakpoints.map((t) => low + t * width),
    slopes: regions.slopes.map((slope) => (width === 0 ? 0 : slope / width)),
  };
}
