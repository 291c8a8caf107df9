'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Snapshot } from '@/lib/nn/session.types';
import { useTrainer, type Trainer } from '@/components/hooks/useTrainer';
import type { SplitDataset } from '@/lib/data/dataset';
import { makeWigglyCurve, makeWigglySurface } from '@/lib/data/wiggly';
import { strategyConfig, type Strategy } from '@/lib/worker/strategy';
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
 * While training, snapshots are shown at most this often (ms), by input size: two nets
 * redrawing every frame kept a loaded machine's main thread busy, and a 2-D map is cut anew
 * for every snapshot shown.
 */
const trainingInterval: Record<number, number> = { 1: 100, 2: 400 };

/**
 * The latest snapshot, passed on at most every `interval` ms (at once when `interval` is 0,
 * never while it is Infinity — reduced motion shows only the state training stops in).
 */
function useThrottledSnapshot(snapshot: Snapshot | null, interval: number): Snapshot | null {
  const [shown, setShown] = useState(snapshot);
  const lastRef = useRef(0);
  useEffect(() => {
    const wait = interval - (performance.now() - lastRef.current);
    const show = () => {
      lastRef.current = performance.now();
      setShown(snapshot);
    };
    if (wait <= 0) return show();
    if (!Number.isFinite(wait)) return;
    const timer = window.setTimeout(show, wait);
    return () => window.clearTimeout(timer);
  }, [snapshot, interval]);
  return interval === 0 ? snapshot : shown;
}

/**
 * One of the two nets: its trainer (weights in every snapshot), and its regions counted
 * exactly from the latest snapshot and from the one at step 0.
 */
export function useNet(architecture: Architecture, seed: number, reducedMotion: boolean, strategy: Strategy): { trainer: Trainer; readings: NetReadings } {
  const spec = useMemo(() => makeSpec(architecture), [architecture.inputSize, architecture.widths.join('x')]);
  const trainer = useTrainer(
    { spec, dataset: { kind: 'arrays', data: datasetFor(architecture.inputSize) }, hyper: hyperParameters, seed, snapshot: { weights: true }, maxSteps, ...strategyConfig(strategy) },
    true,
  );
  // 'done' can arrive a frame before the last snapshot does: still training, as far as showing goes.
  const moving = trainer.status === 'training' || (trainer.status === 'done' && (trainer.snapshot?.step ?? 0) < maxSteps);
  const snapshot = useThrottledSnapshot(trainer.snapshot, !moving ? 0 : reducedMotion ? Infinity : trainingInterval[architecture.inputSize]);
  const current = useMemo(() => analyse(snapshot?.weights, architecture), [snapshot, architecture]);
  const [initial, setInitial] = useState<CurveAnalysis | MapAnalysis | null>(null);
  useEffect(() => {
    if (snapshot?.step === 0 && current) setInitial(current);
  }, [snapshot, current]);
  const initialMatches = initial !== null && ('polyline' in initial) === (architecture.inputSize === 1);
  const loss = current ? snapshot?.trainLoss : undefined;
  // Kept the same object while nothing changed, so the memoised panel skips re-rendering.
  const readings = useMemo(() => ({ current, initial: initialMatches ? initial : null, loss }), [current, initial, initialMatches, loss]);
  return { trainer: { ...trainer, snapshot }, readings };
}
