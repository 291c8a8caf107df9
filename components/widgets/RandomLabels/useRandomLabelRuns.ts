'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { ControlledTrainer } from '@/components/controls/TrainControls';
import { useCombinedTrainer } from '@/components/hooks/useCombinedTrainer';
import { useTrainer, type TrainerConfig } from '@/components/hooks/useTrainer';
import { appendAccuracy, CURVE_STRIDE, epochsToMemorise } from '@/lib/analysis/memorisation';
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
  /** The run has fitted every label: later snapshots (the worker runs on until the pause arrives) are not kept. */
  stopped: boolean;
}

/**
 * A trainer's accuracy curve, started over at a step-0 snapshot (a new run, or a reset), and
 * ended at the first measurement at 100% training accuracy, where the demo stops the run.
 * An older snapshot than the last one kept is skipped, not taken for a new run: snapshots
 * arrive in transitions, and a render React abandons may already have kept a newer one.
 */
function useAccuracyCurve(snapshot: Snapshot | null): Float64Array {
  const history = useRef<History>({ points: [], last: null, stopped: false });
  return useMemo(() => {
    const kept = history.current;
    if (snapshot && snapshot !== kept.last) {
      if (snapshot.step === 0) Object.assign(kept, { points: [], stopped: false });
      if (!kept.stopped) {
        appendAccuracy(kept.points, snapshot.epoch, snapshot.trainAccuracy ?? Number.NaN, snapshot.validationAccuracy ?? Number.NaN);
        kept.stopped = epochsToMemorise(kept.points.slice(-CURVE_STRIDE)) !== null;
      }
      kept.last = snapshot;
    }
    return Float64Array.from(kept.points);
  }, [snapshot]);
}

/** The run's numbers: those of its curve's last point (where it stopped), else of the snapshot. */
function latest(curve: Float64Array, snapshot: Snapshot | null): Pick<RunReading, 'trainAccuracy' | 'validationAccuracy' | 'epoch'> {
  if (curve.length >= CURVE_STRIDE) {
    const at = curve.length - CURVE_STRIDE;
    return { epoch: curve[at], trainAccuracy: curve[at + 1], validationAccuracy: curve[at + 2] };
  }
  return { epoch: snapshot?.epoch ?? 0, trainAccuracy: snapshot?.trainAccuracy ?? null, validationAccuracy: snapshot?.validationAccuracy ?? null };
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
  const reading: RunReading = {
    kind,
    curve,
    ...latest(curve, trainer.snapshot),
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
