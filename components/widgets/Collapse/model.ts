import { applyCollapse, collapseLinearStack, maxAbsoluteDifference, type AffineCollapse } from '@/lib/analysis/collapse';
import { makeCircle } from '@/lib/data/planar';
import { splitDataset, type SplitDataset } from '@/lib/data/dataset';
import type { HyperParameters, Snapshot, SnapshotRequest } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import type { StateOf } from '@/lib/url/schema';
import type { collapseSchema } from './state';

export type CollapseState = StateOf<typeof collapseSchema>;

/** The box the decision field covers: the circle data with room for its noise. */
export const fieldBox = { xMin: -1.25, xMax: 1.25, yMin: -1.25, yMax: 1.25 } as const;

/** The ring around a disc (no line separates them), split half and half. */
export function circleData(seed: number): SplitDataset {
  return splitDataset(makeCircle({ count: 400, noise: 0.06, seed }), 0.5, seed + 1);
}

/** n hidden layers of the same width and activation, one sigmoid output. */
export function collapseSpec(state: Pick<CollapseState, 'layers' | 'width' | 'activation'>): ModelSpec {
  return {
    inputSize: 2,
    hidden: Array.from({ length: state.layers }, () => ({ units: state.width, activation: state.activation, useBias: true })),
    outputSize: 1,
    head: 'sigmoid',
    outputBias: true,
    initialisation: state.activation === 'relu' ? 'he' : 'glorot',
  };
}

export const collapseHyper: HyperParameters = {
  learningRate: 0.03, batchSize: 10, optimiser: 'adam', momentum: 0, loss: 'crossEntropy', l2: 0, dropout: 0,
};

/** Every point, train and validation, as one probe set: the collapse is checked on all of them. */
export function probeInputs(data: SplitDataset): Float32Array {
  const inputs = new Float32Array(data.train.inputs.length + data.validation.inputs.length);
  inputs.set(data.train.inputs);
  inputs.set(data.validation.inputs, data.train.inputs.length);
  return inputs;
}

export function snapshotRequest(probe: Float32Array): SnapshotRequest {
  return { grid: { ...fieldBox, resolution: 64 }, probe: { inputs: probe, count: probe.length / 2 }, weights: true };
}

export interface CollapseCheck {
  collapse: AffineCollapse;
  /** max over the probe points of |network logit − (x·C + c)|. */
  maxError: number;
}

/** The trained stack multiplied into one affine map, and how far the network is from it. */
export function checkCollapse(snapshot: Snapshot | null, probe: Float32Array): CollapseCheck | null {
  const logits = snapshot?.activations?.at(-1);
  if (!snapshot?.weights || !logits) return null;
  const collapse = collapseLinearStack(snapshot.weights);
  return { collapse, maxError: maxAbsoluteDifference(logits, applyCollapse(collapse, probe, probe.length / 2)) };
}
