import type { TrainerConfig } from '@/components/hooks/useTrainer';
import { decodeDigits, digitsPath } from '@/lib/data/digits';
import { splitAndCorrupt } from '@/lib/worker/generators';
import type { Strategy } from '@/lib/worker/strategy';
import { side, trainerConfig as layerTsneConfig } from '../LayerTsne/config';

export { side, stepsPerEpoch } from '../LayerTsne/config';

/** Held-out digits whose activations are profiled. */
export const probeCount = 400;
/** Digits shown at each end of a unit's ranking. */
export const extremes = 8;
export const unitsPerLayer = 64;

/** The probe set: held-out digits and their classes. */
export interface ProbeDigits {
  inputs: Float32Array;
  labels: Int32Array;
  count: number;
}

/**
 * The layer t-SNE demo's network, data, hyper-parameters and seeds, trained again here (the
 * two demos do not share a live model), without its checkpoints: every snapshot instead carries
 * the probe digits' activations at every layer and the weights.
 */
export function trainerConfig(seed: number, strategy: Strategy, probe: ProbeDigits | null): TrainerConfig {
  const { checkpoints: _unused, ...shared } = layerTsneConfig(seed, strategy);
  return { ...shared, snapshot: probe ? { probe: { inputs: probe.inputs, count: probe.count }, weights: true } : { weights: true } };
}

/**
 * The first `probeCount` digits of the validation split the worker makes (same file, fraction
 * and split seed as the trainer's dataset), so that every digit shown was never trained on.
 */
export async function loadProbeDigits(fetchBytes: (path: string) => Promise<ArrayBuffer>): Promise<ProbeDigits> {
  const { dataset } = layerTsneConfig(1);
  if (dataset.kind !== 'generator') throw new Error('neurons: the layer t-SNE data is not a generator');
  const digits = decodeDigits(await fetchBytes(digitsPath(side)));
  const { validation } = splitAndCorrupt(digits, dataset.params, dataset.seed);
  const count = Math.min(probeCount, validation.count);
  return { inputs: validation.inputs.slice(0, count * side * side), labels: validation.labels.slice(0, count), count };
}
