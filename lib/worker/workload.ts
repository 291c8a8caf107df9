/**
 * How much arithmetic a training step costs, and which engine should do it. The rule is
 * lib/nn's (`chooseEngine`: tfjs from about 1 MFLOP per update); this module adapts it to
 * the protocol's 'auto' and describes the work for the backend choice.
 */
import { chooseEngine as chooseEngineBySize, estimateUpdateFlops, samplesPerUpdate } from '../nn/engineChoice';
import { countMultiplyAdds } from '../nn/layers';
import type { EngineName, HyperParameters } from '../nn/session.types';
import type { ModelSpec } from '../nn/spec';
import type { EngineChoice } from './protocol';

export interface Workload {
  /** Multiply-adds of one sample's forward pass, Σ_l in_l·out_l. */
  multiplyAdds: number;
  /** Samples per update, B. */
  samplesPerStep: number;
  /** About 6·B·Σ_l in_l·out_l floating-point operations per update, forward and backward. */
  flopsPerStep: number;
}

/** The cost of one update of `spec` under `hyper` on a training set of `trainCount` samples. */
export function describeWorkload(spec: ModelSpec, hyper: HyperParameters, trainCount: number): Workload {
  return {
    multiplyAdds: countMultiplyAdds(spec),
    samplesPerStep: samplesPerUpdate(hyper.batchSize, trainCount),
    flopsPerStep: estimateUpdateFlops(spec, hyper.batchSize, trainCount),
  };
}

/** The engine for `choice`: 'auto' asks lib/nn's size rule (typed arrays for small updates). */
export function chooseEngine(
  choice: EngineChoice,
  spec: ModelSpec,
  hyper: HyperParameters,
  trainCount: number,
): EngineName {
  return choice === 'auto' ? chooseEngineBySize(spec, hyper.batchSize, trainCount) : choice;
}
