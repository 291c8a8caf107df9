'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { ControlledTrainer } from '@/components/controls/TrainControls';
import { useCombinedTrainer } from '@/components/hooks/useCombinedTrainer';
import { useTrainer, type TrainerConfig } from '@/components/hooks/useTrainer';
import { appendAccuracy, epochsToMemorise } from '@/lib/analysis/memorisation';
import type { Snapshot } from '@/lib/nn/session.types';
import { strategyConfig } from '@/lib/worker/strategy';
import { MAX_EPOCHS, randomLabelsHyper, randomLabelsSpec, runDataset, stepsPerEpoch, type RandomLabelsState, type RunKind } from './model';

/** One run as the view reads it. */
export interface RunReading {
  kind: RunKind;
  /** (epoch, training accuracy, validation accuracy) triples, as the snapshots arrived. */
  curve: Float64Array;
  trainAccuracy: number | null;
  validationAccuracy: number | null;
  epoch: number;
  /** The first epoch measured at 100% training accuracy; null until then. */
  memorisedAt: number | null;
  /** Training ended (the epoch limit) without reaching 100%. */
  gaveUp: boolean;
}

interface History {
  points: number[];
  last: Snapshot | null;
}

/** A trainer's accuracy curve, started over when a snapshot goes back in time (a new run). */
function useAccuracyCurve(snapshot: Snapshot | null): Float64Array {
  const history = useRef<History>({ points: [], last: null });
  return useMemo(() => {
    const kept = history.current;
    if (snapshot && snapshot !== kept.last) {
      const lastEpoch = kept.points.length ? kept.points[kept.points.length - 3] : -1;
      if (snapshot.epoch < lastEpoch || snapshot.step === 0) kept.points = [];
      appendAccuracy(kept.points, snapshot.epoch, snapshot.trainAccuracy ?? Number.NaN, snapshot.validationAccuracy ?? Number.NaN);
      kept.last = snapshot;
    }
    return Float64Array.from(kept.points);
  }, [snapshot]);
}

function useRun(kind: RunKind, state: RandomLabelsState, enabled: boolean): { trainer: ControlledTrainer; reading: RunReading } {
  const { dataset, trainSize, shuffled, dropout, weightDecay, seed, engine } = state;
  const spec = useMemo(() => randomLabelsSpec(dataset), [dataset]);
  // Only the shuffled run depends on the shuffled share: moving it leaves the other two alone.
  const share = kind === 'shuffled' ? shuffled : 0;
  const source = useMemo(() => runDataset({ dataset, trainSize, shuffled: share, seed }, kind), [kind, dataset, trainSize, share, seed]);
  const config = useMemo<TrainerConfig>(() => ({
    spec,
    dataset: source,
    hyper: randomLabelsHyper(dropout, weightDecay),
    seed,
    ...strategyConfig(engine),
    maxSteps: MAX_EPOCHS * stepsPerEpoch(trainSize),
  }), [spec, source, dropout, weightDecay, seed, engine, trainSize]);
  const trainer = useTrainer(config, enabled);
  const curve = useAccuracyCurve(trainer.snapshot);
  const memorisedAt = epochsToMemorise(curve);
  const memorised = memorisedAt !== null;
  // A run that fits every label has shown what it can: stop it, and give the core to the others.
  useEffect(() => {
    if (memorised && trainer.status === 'training') trainer.pause();
  }, [memorised, trainer.status, trainer.pause]);
  const snapshot = trainer.snapshot;
  const reading: RunReading = {
    kind,
    curve,
    trainAccuracy: snapshot?.trainAccuracy ?? null,
    validationAccuracy: snapshot?.validationAccuracy ?? null,
    epoch: snapshot?.epoch ?? 0,
    memorisedAt,
    gaveUp: !memorised && trainer.status === 'done',
  };
  // Paused because it memorised is, for the reader, finished.
  const status = memorised && (trainer.status === 'paused' || trainer.status === 'idle') ? 'done' : trainer.status;
  return { trainer: { ...trainer, status }, reading };
}

/**
 * The three runs — true labels, shuffled labels, noise inputs — on the same net, data split
 * and seed, behind one set of buttons. Each stops when it fits its training set; the status
 * line follows the run furthest ahead.
 */
export function useRandomLabelRuns(state: RandomLabelsState, enabled: boolean): { readings: RunReading[]; controls: ControlledTrainer } {
  const truth = useRun('true', state, enabled);
  const shuffled = useRun('shuffled', state, enabled);
  const noise = useRun('noise', state, enabled);
  const pair = useCombinedTrainer(truth.trainer, shuffled.trainer);
  const combined = useCombinedTrainer(pair, noise.trainer);
  const runs = [truth, shuffled, noise];
  const leader = runs.reduce((best, run) => ((run.trainer.snapshot?.step ?? 0) > (best.trainer.snapshot?.step ?? 0) ? run : best));
  return { readings: runs.map((run) => run.reading), controls: { ...combined, snapshot: leader.trainer.snapshot } };
}
