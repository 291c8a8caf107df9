/**
 * The datasets a page may ask the worker to generate by name, over lib/data's seeded
 * generators. Every generator takes `validationFraction` (default ½, the playground's
 * split) and may corrupt the training labels (`labelNoise` ∈ [0, 1], `labelNoiseMode`)
 * or replace the training inputs by noise (`randomInputs`) for the memorisation question.
 */
import { splitDataset, type Dataset, type SplitDataset } from '../data/dataset';
import { decodeDigits, digitsPath } from '../data/digits';
import { makeGreyImages } from '../data/greyImages';
import { corruptLabels, randomInputs, type CorruptionMode } from '../data/labelNoise';
import { makeMnist1d } from '../data/mnist1d';
import { planarGenerators, type PlanarName } from '../data/planar';
import { hashString } from '../random';
import { numberParameter, type DatasetGenerator } from './datasets';
import type { GeneratorParameter } from './protocol';

type Parameters = Record<string, GeneratorParameter>;

/** Splits, then applies the optional training-set corruptions the parameters ask for. */
export function splitAndCorrupt(dataset: Dataset, params: Parameters, seed: number): SplitDataset {
  const split = splitDataset(dataset, numberParameter(params, 'validationFraction', 0.5), seed ^ hashString('split'));
  let train = split.train;
  const noise = numberParameter(params, 'labelNoise', 0);
  if (noise > 0) {
    const mode: CorruptionMode = params.labelNoiseMode === 'random' ? 'random' : 'shuffle';
    train = corruptLabels(train, noise, seed ^ hashString('labels'), mode);
  }
  if (params.randomInputs === true) train = randomInputs(train, seed ^ hashString('inputs'));
  return { train, validation: split.validation };
}

function planar(name: PlanarName): DatasetGenerator {
  return (params, seed) => splitAndCorrupt(planarGenerators[name]({
    count: numberParameter(params, 'count', 500),
    noise: numberParameter(params, 'noise', 0),
    seed,
  }), params, seed);
}

/** Keeps the first `count` samples (the digits file is already shuffled). */
function firstSamples(dataset: Dataset, count: number): Dataset {
  const kept = Math.max(1, Math.min(dataset.count, Math.floor(count)));
  if (kept === dataset.count) return dataset;
  return {
    ...dataset,
    count: kept,
    inputs: dataset.inputs.slice(0, kept * dataset.inputSize),
    labels: dataset.labels.slice(0, kept),
  };
}

/** The generators, given a way to fetch the digits binaries (the worker passes `fetch`). */
export function createGenerators(
  fetchBytes: (path: string) => Promise<ArrayBuffer>,
): Record<string, DatasetGenerator> {
  const generators: Record<string, DatasetGenerator> = {
    mnist1d: (params, seed) =>
      splitAndCorrupt(makeMnist1d({ count: numberParameter(params, 'count', 4000), seed }), params, seed),
    greyImages: (params, seed) => splitAndCorrupt(makeGreyImages({
      size: numberParameter(params, 'size', 4),
      levels: numberParameter(params, 'levels', 16),
      count: typeof params.count === 'number' ? params.count : undefined,
      seed,
    }), params, seed),
    digits: async (params, seed) => {
      const bytes = await fetchBytes(digitsPath(numberParameter(params, 'side', 8)));
      const digits = decodeDigits(bytes);
      return splitAndCorrupt(firstSamples(digits, numberParameter(params, 'count', digits.count)), params, seed);
    },
  };
  for (const name of Object.keys(planarGenerators) as PlanarName[]) generators[name] = planar(name);
  return generators;
}
