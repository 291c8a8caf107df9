'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ControlledTrainer } from '@/components/controls/TrainControls';
import { useCombinedTrainer } from '@/components/hooks/useCombinedTrainer';
import { useTrainer, type Trainer, type TrainerConfig } from '@/components/hooks/useTrainer';
import { deepMlpSpec, firstUpdateLayers, type GradientActivation } from '@/lib/analysis/gradientFlow';
import type { SplitDataset } from '@/lib/data/dataset';
import type { LayerStats, Snapshot } from '@/lib/nn/session.types';
import type { ModelSpec } from '@/lib/nn/spec';
import { strategyConfig } from '@/lib/worker/strategy';
import { gradientsHyper, MAX_STEPS, UNITS, WATCHABLE_PACE, type GradientsState } from './model';

/** One activation's run: its trainer, its loss curve so far, and its gradients at initialisation. */
export interface GradientRun {
  activation: GradientActivation;
  trainer: Trainer;
  /** step, training loss pairs, in the order the snapshots arrived. */
  losses: Float64Array;
  /** Per-layer stats of the first update, from the initial weights (the same as the run's step 1); null until computed. */
  first: LayerStats[] | null;
}

interface History {
  pairs: number[];
  last: Snapshot | null;
}

/**
 * Keeps a trainer's loss curve as its snapshots arrive. A snapshot at a step no later than the
 * last one means a new run (reset, new seed or new net): start over.
 */
function useLossHistory(snapshot: Snapshot | null): Float64Array {
  const history = useRef<History>({ pairs: [], last: null });
  return useMemo(() => {
    const kept = history.current;
    if (snapshot && snapshot !== kept.last) {
      if (kept.last && snapshot.step <= kept.last.step) kept.pairs = [];
      if (Number.isFinite(snapshot.trainLoss)) kept.pairs.push(snapshot.step, snapshot.trainLoss);
      kept.last = snapshot;
    }
    return Float64Array.from(kept.pairs);
  }, [snapshot]);
}

interface FirstUpdate {
  spec: ModelSpec;
  data: SplitDataset;
  seed: number;
  layers: LayerStats[];
}

/**
 * The first update's gradients of a net, computed in a task of its own after render: three
 * nets of 20 layers at once could keep the main thread busy past 50 ms on a slow machine.
 */
function useFirstUpdate(spec: ModelSpec, data: SplitDataset, seed: number): LayerStats[] | null {
  const [first, setFirst] = useState<FirstUpdate | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setFirst({ spec, data, seed, layers: firstUpdateLayers(spec, data, gradientsHyper, seed) }), 0);
    return () => window.clearTimeout(timer);
  }, [spec, data, seed]);
  return first && first.spec === spec && first.data === data && first.seed === seed ? first.layers : null;
}

function useRun(activation: GradientActivation, state: GradientsState, data: SplitDataset, reducedMotion: boolean): GradientRun {
  const { depth, mismatched, seed, engine } = state;
  const spec = useMemo(() => deepMlpSpec(activation, depth, UNITS, mismatched), [activation, depth, mismatched]);
  const first = useFirstUpdate(spec, data, seed);
  const config = useMemo<TrainerConfig>(() => ({
    spec,
    dataset: { kind: 'arrays', data },
    hyper: gradientsHyper,
    seed,
    ...strategyConfig(engine),
    maxSteps: MAX_STEPS,
    stepsPerSecond: reducedMotion ? undefined : WATCHABLE_PACE,
  }), [spec, seed, engine, data, reducedMotion]);
  const trainer = useTrainer(config, true);
  const losses = useLossHistory(trainer.snapshot);
  return { activation, trainer, losses, first };
}

/**
 * The three nets — sigmoid, tanh, ReLU — of the same depth, data and seed, trained side by
 * side behind one set of buttons.
 */
export function useGradientRuns(state: GradientsState, data: SplitDataset, reducedMotion: boolean): { runs: GradientRun[]; controls: ControlledTrainer } {
  const sigmoid = useRun('sigmoid', state, data, reducedMotion);
  const tanh = useRun('tanh', state, data, reducedMotion);
  const relu = useRun('relu', state, data, reducedMotion);
  const pair = useCombinedTrainer(sigmoid.trainer, tanh.trainer);
  const controls = useCombinedTrainer(pair, relu.trainer);
  return { runs: [sigmoid, tanh, relu], controls };
}
