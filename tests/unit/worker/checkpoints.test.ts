import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@/lib/nn/session.types';
import { CheckpointRecorder, probeSet, withoutActivations } from '@/lib/worker/checkpoints';
import { blobData, blobPlan } from './embedFixtures';

const snapshotAt = (step: number, activations?: Float32Array[]): Snapshot => ({
  status: 'ready', step, epoch: step / 10, divergedAt: null, trainLoss: 1, validationLoss: 1,
  trainAccuracy: 0.5, validationAccuracy: 0.25, layers: [], activations,
});

describe('probeSet(data, count)', () => {
  it('takes the first validation samples, never training ones, and caps at what exists', () => {
    const data = blobData(20);
    const probe = probeSet(data, 8);
    expect(probe.count).toBe(8);
    expect(Array.from(probe.inputs)).toEqual(Array.from(data.validation.inputs.subarray(0, 48)));
    expect(probeSet(data, 500).count).toBe(20);
  });

  it('falls back to the training set when there is no validation part', () => {
    const data = blobData(10);
    const probe = probeSet({ train: data.train, validation: { ...data.validation, count: 0 } }, 4);
    expect(Array.from(probe.labels)).toEqual(Array.from(data.train.labels.subarray(0, 4)));
  });
});

describe('CheckpointRecorder', () => {
  it('cuts training at each planned step and records each once, input features first', () => {
    const recorder = new CheckpointRecorder({ ...blobPlan, steps: [20, 0, 5, 5, -1, 2.5] }, blobData());
    expect(recorder.stepsUntilNext(0)).toBe(5);
    expect(recorder.stepsUntilNext(7)).toBe(13);
    expect(recorder.stepsUntilNext(20)).toBe(Infinity);
    expect(recorder.wants(5)).toBe(true);
    expect(recorder.wants(6)).toBe(false);
    const hidden = new Float32Array(60 * 4).fill(1);
    expect(recorder.record(snapshotAt(5, [hidden]))).toBe(true);
    expect(recorder.wants(5)).toBe(false);
    expect(recorder.record(snapshotAt(5, [hidden]))).toBe(false);
    expect(recorder.record(snapshotAt(6, [hidden]))).toBe(false);
    const record = recorder.get(5)!;
    expect(record.features).toHaveLength(2);
    expect(record.features[0]).toBe(recorder.probe.inputs);
    expect(record.features[1]).not.toBe(hidden);
    expect(recorder.describe()).toEqual([{ step: 5, epoch: 0.5, validationAccuracy: 0.25 }]);
  });

  it('asks a snapshot for the probe set on top of the page\'s own request', () => {
    const recorder = new CheckpointRecorder(blobPlan, blobData());
    const grid = { xMin: 0, xMax: 1, yMin: 0, yMax: 1, resolution: 4 };
    expect(recorder.requestWithProbe({ grid })).toEqual({ grid, probe: { inputs: recorder.probe.inputs, count: 60 } });
    expect(recorder.embedCount).toBe(30);
  });

  it('clear() forgets the records and starts a new generation', () => {
    const recorder = new CheckpointRecorder(blobPlan, blobData());
    recorder.record(snapshotAt(0, [new Float32Array(60)]));
    recorder.clear();
    expect(recorder.describe()).toEqual([]);
    expect(recorder.generation).toBe(1);
    expect(recorder.wants(0)).toBe(true);
  });
});

describe('withoutActivations(snapshot, request)', () => {
  it('drops activations the page did not ask for and keeps those it did', () => {
    const activations = [new Float32Array(2)];
    expect(withoutActivations(snapshotAt(1, activations), undefined)).not.toHaveProperty('activations');
    const probe = { inputs: new Float32Array(2), count: 1 };
    expect(withoutActivations(snapshotAt(1, activations), { probe }).activations).toBe(activations);
  });
});
