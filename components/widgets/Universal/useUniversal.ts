'use client';

import { useEffect, useMemo, useState } from 'react';
import { useTrainer, type Trainer } from '@/components/hooks/useTrainer';
import { isShallowNetwork, type FitError } from '@/lib/analysis/shallowNetwork';
import type { NetworkWeights } from '@/lib/nn/spec';
import { strategyConfig } from '@/lib/worker/strategy';
import { fitError, hyperParameters, makeSpec, maxSteps, targetModel, type State, type TargetModel } from './model';

/** Updates per second while the reader watches: a 4,000-step fit takes about three seconds. */
const watchablePace = 1500;

/** What the figure shows now: the constructed fit for n units, or the trained net once it has trained. */
export interface Shown {
  method: 'constructed' | 'trained';
  weights: NetworkWeights;
  error: FitError;
  step: number;
}

/** The trained errors per width for one target, kept while the reader stays on that target. */
interface TrainedHistory {
  key: string;
  errors: Record<number, FitError>;
}

/**
 * The demo's state: the target's model (data and constructed fits), the trainer of the n-unit
 * net, what to show, and the errors of every width trained so far on this target.
 */
export function useUniversal(state: State, reducedMotion: boolean): { model: TargetModel; trainer: Trainer; shown: Shown; trained: Record<number, FitError> } {
  const { target, drawing, units, seed, engine } = state;
  const model = useMemo(() => targetModel(target, drawing), [target, drawing]);
  const spec = useMemo(() => makeSpec(units), [units]);
  const trainer = useTrainer({
    spec, dataset: { kind: 'arrays', data: model.dataset }, hyper: hyperParameters, seed, snapshot: { weights: true }, maxSteps,
    stepsPerSecond: reducedMotion ? undefined : watchablePace, ...strategyConfig(engine),
  }, true);
  const { snapshot, status } = trainer;
  // Reduced motion: nothing moves while training; the state training stops in appears at once.
  const hidden = status === 'loading' || (reducedMotion && status === 'training');
  const trainedWeights = !hidden && snapshot && snapshot.step > 0 && isShallowNetwork(snapshot.weights, units) ? snapshot.weights : null;
  const shown = useMemo<Shown>(() => {
    if (trainedWeights) return { method: 'trained', weights: trainedWeights, error: fitError(trainedWeights, model.f), step: snapshot?.step ?? 0 };
    const index = Math.min(units, model.constructed.length) - 1;
    return { method: 'constructed', weights: model.constructed[index], error: model.constructedErrors[index], step: 0 };
  }, [trainedWeights, model, units, snapshot?.step]);

  const [history, setHistory] = useState<TrainedHistory>({ key: model.key, errors: {} });
  useEffect(() => {
    if (status !== 'done' || shown.method !== 'trained') return;
    setHistory((previous) => ({ key: model.key, errors: { ...(previous.key === model.key ? previous.errors : {}), [units]: shown.error } }));
  }, [status, shown, model.key, units]);
  const trained = history.key === model.key ? history.errors : {};
  return { model, trainer, shown, trained };
}
