/**
 * Which engine to run: tfjs pays a few microseconds per kernel and about 60–100 kernels per
 * update, so it wins only once an update carries enough arithmetic to hide that overhead.
 */
import { countMultiplyAdds } from './layers';
import type { EngineName } from './session.types';
import type { ModelSpec } from './spec';

/** Updates of at least this many floating-point operations go to tfjs (the rule of thumb: 1 MFLOP). */
export const TFJS_FLOP_THRESHOLD = 1e6;

/** Samples in one update: the whole set for 'full', else min(batchSize, n), at least 1. */
export function samplesPerUpdate(batchSize: number | 'full', trainCount: number): number {
  const size = batchSize === 'full' ? trainCount : Math.min(Math.floor(batchSize), trainCount);
  return Math.max(1, size);
}

/** FLOPs of one update, forward and backward: ≈ 6·B·Σ_l in_l·out_l. */
export function estimateUpdateFlops(spec: ModelSpec, batchSize: number | 'full', trainCount: number): number {
  return 6 * samplesPerUpdate(batchSize, trainCount) * countMultiplyAdds(spec);
}

/** 'tfjs' when one update does at least about 1 MFLOP, else 'typed'. */
export function chooseEngine(spec: ModelSpec, batchSize: number | 'full', trainCount: number): EngineName {
  return estimateUpdateFlops(spec, batchSize, trainCount) >= TFJS_FLOP_THRESHOLD ? 'tfjs' : 'typed';
}
