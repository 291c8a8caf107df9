/**
 * The states of a network kept for embedding: at each planned step the worker records every
 * layer's activations on a fixed probe set, so that the page can later flatten the untrained
 * network, or the one after 1, 3 or 10 epochs, while training goes on or after it ended.
 *
 * The probe set is the first `probeCount` samples of the validation split: the network never
 * trains on them, so the probes below measure what held-out digits look like at each layer.
 */
import type { Dataset, SplitDataset } from '../data/dataset';
import type { Snapshot, SnapshotRequest } from '../nn/session.types';
import type { CheckpointInfo, CheckpointPlan } from './protocol';

/** One recorded state: per layer (input first, output logits last) the probe set's features. */
export interface CheckpointRecord extends CheckpointInfo {
  /** h_0 = x, then h_1 … h_{L−1}, then z_L; each probe count × units, row-major. */
  features: Float32Array[];
}

/** The first `count` samples of `data` (shared arrays, not copied). */
function firstSamples(data: Dataset, count: number): Dataset {
  const kept = Math.max(0, Math.min(data.count, Math.floor(count)));
  return {
    count: kept, inputSize: data.inputSize, classes: data.classes,
    inputs: data.inputs.subarray(0, kept * data.inputSize), labels: data.labels.subarray(0, kept),
  };
}

/**
 * The probe set of a plan: the first `probeCount` validation samples, or training samples when
 * the split has no validation part.
 */
export function probeSet(data: SplitDataset, probeCount: number): Dataset {
  return firstSamples(data.validation.count > 0 ? data.validation : data.train, probeCount);
}

/** Records the planned checkpoints of one run; `generation` counts resets. */
export class CheckpointRecorder {
  readonly probe: Dataset;
  readonly embedCount: number;
  private readonly steps: number[];
  private readonly records = new Map<number, CheckpointRecord>();
  generation = 0;

  constructor(plan: CheckpointPlan, data: SplitDataset) {
    this.probe = probeSet(data, plan.probeCount);
    this.embedCount = Math.max(0, Math.min(this.probe.count, Math.floor(plan.embedCount)));
    this.steps = [...new Set(plan.steps.filter((step) => Number.isInteger(step) && step >= 0))].sort((a, b) => a - b);
  }

  /** Updates allowed from `step` before the next planned checkpoint (Infinity when none is left). */
  stepsUntilNext(step: number): number {
    const next = this.steps.find((planned) => planned > step);
    return next === undefined ? Infinity : next - step;
  }

  /** Whether `step` is planned and not yet recorded. */
  wants(step: number): boolean {
    return this.steps.includes(step) && !this.records.has(step) && this.probe.count > 0;
  }

  /** `request` with the probe set's activations added (what a snapshot at a checkpoint needs). */
  requestWithProbe(request: SnapshotRequest | undefined): SnapshotRequest {
    return { ...request, probe: { inputs: this.probe.inputs, count: this.probe.count } };
  }

  /** Keeps the snapshot's activations if its step is wanted; true when it did. */
  record(snapshot: Snapshot): boolean {
    if (!this.wants(snapshot.step) || !snapshot.activations) return false;
    this.records.set(snapshot.step, {
      step: snapshot.step, epoch: snapshot.epoch, validationAccuracy: snapshot.validationAccuracy,
      features: [this.probe.inputs, ...snapshot.activations.map((layer) => layer.slice())],
    });
    return true;
  }

  /** The record at `step`, or undefined. */
  get(step: number): CheckpointRecord | undefined {
    return this.records.get(step);
  }

  /** What the page is told: every record, by step. */
  describe(): CheckpointInfo[] {
    return [...this.records.values()]
      .sort((a, b) => a.step - b.step)
      .map(({ step, epoch, validationAccuracy }) => ({ step, epoch, validationAccuracy }));
  }

  /** Forgets every record (after a reset): a new generation. */
  clear(): void {
    this.records.clear();
    this.generation++;
  }
}

/** A snapshot without its probe activations, for the page when it did not ask for them. */
export function withoutActivations(snapshot: Snapshot, request: SnapshotRequest | undefined): Snapshot {
  if (request?.probe || !snapshot.activations) return snapshot;
  const { activations: _omitted, ...rest } = snapshot;
  return rest;
}
