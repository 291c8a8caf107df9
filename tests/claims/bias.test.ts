/**
 * What the bias demo (and its caption in content/why-biases.mdx) says happens, checked by
 * training exactly the demo's networks on its data with the core the worker runs.
 */
import { describe, expect, it } from 'vitest';
import {
  greyImageSource, hyper, MAX_STEPS, networkSpec, originProbe, planeData, planeGrid, probeImages,
} from '@/components/widgets/Bias/config';
import type { SplitDataset } from '@/lib/data/dataset';
import { chooseEngine, createSession } from '@/lib/nn/session';
import type { SnapshotRequest } from '@/lib/nn/session.types';
import type { Activation } from '@/lib/nn/spec';
import { createGenerators } from '@/lib/worker/generators';

const generators = createGenerators(() => Promise.reject(new Error('no files in this test')));
const side = 4;

async function greyData(seed: number): Promise<SplitDataset> {
  const source = greyImageSource(side, seed);
  if (source.kind !== 'generator') throw new Error('expected a named generator');
  return generators[source.name](source.params, source.seed);
}

/** Trains the demo's image network to the demo's step limit; returns the last snapshot. */
async function trainImages(activation: Activation, useBias: boolean, depth: number, seed: number) {
  const data = await greyData(seed);
  const spec = networkSpec(side * side, depth, activation, useBias);
  const session = createSession({ spec, data, hyper, seed, engine: chooseEngine(spec, hyper.batchSize, data.train.count) });
  const request: SnapshotRequest = { probe: { inputs: probeImages(side), count: 4 } };
  let firstAtTarget: number | null = null;
  let snapshot = session.snapshot(request);
  while (snapshot.step < MAX_STEPS) {
    snapshot = session.step(25, request);
    if (firstAtTarget === null && (snapshot.trainAccuracy ?? 0) >= 0.95) firstAtTarget = snapshot.step;
  }
  session.dispose();
  return { snapshot, firstAtTarget, activations: snapshot.activations ?? [] };
}

/** The black image's (probe 0) values in every layer. */
function blackValues(activations: Float32Array[], depth: number): number[] {
  return activations.flatMap((layer, index) => Array.from(layer.subarray(0, index < depth ? 8 : 1)));
}

describe('the bias demo: black and white images', () => {
  it('with biases, every activation and depth learns the images (accuracy ≥ 95% within a few hundred updates)', async () => {
    for (const activation of ['relu', 'tanh', 'sigmoid', 'linear', 'leakyRelu', 'gelu'] as Activation[]) {
      for (const depth of [1, 2, 3]) {
        for (const seed of [1, 2]) {
          const { snapshot, firstAtTarget } = await trainImages(activation, true, depth, seed);
          expect(snapshot.trainAccuracy, `${activation} depth ${depth} seed ${seed}`).toBe(1);
          expect(firstAtTarget, `${activation} depth ${depth} seed ${seed}`).not.toBeNull();
          expect(firstAtTarget!).toBeLessThanOrEqual(400);
        }
      }
    }
  });

  it('without biases and with f(0) = 0, the black image is exactly 0 in every layer and its logit exactly 0 after training', async () => {
    for (const activation of ['relu', 'tanh', 'linear', 'leakyRelu', 'gelu'] as Activation[]) {
      for (const depth of [1, 3]) {
        const { activations } = await trainImages(activation, false, depth, 1);
        expect(blackValues(activations, depth).every((value) => value === 0), `${activation} depth ${depth}`).toBe(true);
      }
    }
  });

  it('without biases, ReLU and linear networks give every grey the class of white: accuracy stays near ½', async () => {
    for (const activation of ['relu', 'linear'] as Activation[]) {
      const { snapshot, activations } = await trainImages(activation, false, 2, 1);
      const logits = activations.at(-1)!;
      expect(Math.sign(logits[1])).toBe(Math.sign(logits[3]));
      expect(Math.sign(logits[2])).toBe(Math.sign(logits[3]));
      expect(snapshot.trainAccuracy!).toBeLessThanOrEqual(9 / 16);
    }
  });

  it('sigmoid is the exception: without biases the black image is ½ in the first layer, its logit moves, and it learns', async () => {
    for (const depth of [1, 2, 3]) {
      const { snapshot, activations } = await trainImages('sigmoid', false, depth, 1);
      expect(Array.from(activations[0].subarray(0, 8))).toEqual(Array(8).fill(0.5));
      expect(activations.at(-1)![0]).toBeLessThan(-1);
      expect(snapshot.trainAccuracy).toBe(1);
    }
  });
});

describe('the bias demo: two-pixel images in the plane', () => {
  function trainPlane(activation: Activation, useBias: boolean) {
    const data = planeData(1);
    const spec = networkSpec(2, 2, activation, useBias);
    const session = createSession({ spec, data, hyper, seed: 1, engine: 'typed' });
    const snapshot = session.step(MAX_STEPS, { probe: { inputs: originProbe, count: 1 }, grid: { ...planeGrid } });
    const doubled = session.predict(new Float32Array([0.3, 0.9, 0.6, 1.8]), 2);
    session.dispose();
    return { snapshot, doubled };
  }

  it('without biases a ReLU network gives the origin logit 0 (the field is ½ there) and cannot separate the clusters', () => {
    const { snapshot, doubled } = trainPlane('relu', false);
    expect(snapshot.activations!.at(-1)![0]).toBe(0);
    const spacing = (planeGrid.xMax - planeGrid.xMin) / (planeGrid.resolution - 1);
    const origin = Math.round(-planeGrid.xMin / spacing);
    expect(planeGrid.xMin + origin * spacing).toBe(0);
    expect(snapshot.grid!.values[origin * planeGrid.resolution + origin]).toBe(0.5);
    // Positive homogeneity: x and 2x are on the same side of the boundary.
    expect(doubled[0] > 0.5).toBe(doubled[1] > 0.5);
    expect(snapshot.trainAccuracy!).toBeLessThan(0.8);
  });

  it('with biases the boundary moves off the origin and the clusters are separated', () => {
    for (const activation of ['relu', 'tanh', 'sigmoid'] as Activation[]) {
      const { snapshot } = trainPlane(activation, true);
      expect(snapshot.trainAccuracy!, activation).toBeGreaterThanOrEqual(0.95);
    }
  });
});
