/**
 * Part (a) of the demo: the sawtooth network, analysed by the same exact region counter as
 * the trained nets, so the count beside 2^k is measured, not assumed.
 */
import { linearRegionsOnInterval } from '@/lib/analysis/linearRegions1d';
import { makeSawtooth } from '@/lib/analysis/regionBounds';
import { evaluateReluNetwork } from '@/lib/analysis/reluNetwork';

export interface SawtoothAnalysis {
  k: number;
  /** Linear pieces counted on [0, 1]. */
  pieces: number;
  breakpoints: Float64Array;
  /** x, y pairs at 0, every breakpoint, and 1. */
  polyline: Float64Array;
}

/** The k-layer sawtooth's pieces, breakpoints and exact graph on [0, 1]. */
export function analyseSawtooth(k: number): SawtoothAnalysis {
  const layers = makeSawtooth(k);
  const { count, breakpoints } = linearRegionsOnInterval(layers, 0, 1);
  const xs = [0, ...breakpoints, 1];
  const polyline = new Float64Array(xs.length * 2);
  xs.forEach((x, index) => {
    polyline[2 * index] = x;
    polyline[2 * index + 1] = evaluateReluNetwork(layers, [x])[0];
  });
  return { k, pieces: count, breakpoints, polyline };
}
