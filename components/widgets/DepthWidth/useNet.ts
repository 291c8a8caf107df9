'use client';

import { useEffect, useMemo, useState } from 'react';
import { useTrainer, type Trainer } from '@/components/hooks/useTrainer';
import type { SplitDataset } from '@/lib/data/dataset';
import { makeWigglyCurve, makeWigglySurface } from '@/lib/data/wiggly';
import type { NetworkWeights } from '@/lib/nn/spec';
import { analyseCurve, analyseMap, hyperParameters, makeSpec, matchesArchitecture, maxSteps, type Architecture, type CurveAnalysis, type MapAnalysis } from './model';
import type { NetReadings } from './NetPanel';

const datasets: Partial<Record<number, SplitDataset>> = {};

/** The training data for 1 or 2 inputs, built once: the trainer keys its session on its identity. */
function datasetFor(inputSize: number): SplitDataset {
  datasets[inputSize] ??= inputSize === 1 ? makeWigglyCurve() : makeWigglySurface();
  return datasets[inputSize];
}

function analyse(weights: NetworkWeights | undefined, architecture: Architecture): CurveAnalysis | MapAnalysis | null {
  if (!matchesArchitecture(weights, architecture)) return null;
  return architecture.inputSize === 1 ? analyseCurve(weights) : analyseMap(weights);
}

/**
 * One of the two nets: its trainer (weights in every snapshot), and its regions counted
 * exactly from the latest snapshot and from the one at step 0.
 */
export function useNet(architecture: Architecture, seed: number): { trainer: Trainer; readings: NetReadings } {
  const spec = useMemo(() => makeSpec(architecture), [architecture.inputSize, architecture.widths.join('x')]);
  const trainer = useTrainer(
    { spec, dataset: { kind: 'arrays', data: datasetFor(architecture.inputSize) }, hyper: hyperParameters, seed, snapshot: { weights: true }, maxSteps },
    true,
  );
  const { snapshot } = trainer;
  const current = useMemo(() => analyse(snapshot?.weights, architecture), [snapshot, architecture]);
  const [initial, setInitial] = useState<CurveAnalysis | MapAnalysis | null>(null);
  useEffect(() => {
    if (snapshot?.step === 0 && current) setInitial(current);
  }, [snapshot, current]);
  const initialMatches = initial !== null && ('polyline' in initial) === (architecture.inputSize === 1);
  return { trainer, readings: { current, initial: initialMatches ? initial : null, loss: current ? snapshot?.trainLoss : undefined } };
}
