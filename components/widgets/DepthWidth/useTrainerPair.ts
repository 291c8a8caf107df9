'use client';

import { useMemo } from 'react';
import type { Trainer } from '@/components/hooks/useTrainer';
import type { TrainerPhase } from '@/lib/worker/client';

/**
 * The phase of two trainers seen as one run: a failure or a load in either shows; training
 * while either trains; finished only when both are; 'diverged' if either diverged then.
 */
export function combinePhases(first: TrainerPhase, second: TrainerPhase): TrainerPhase {
  const both = [first, second];
  for (const phase of ['error', 'loading', 'training', 'paused', 'idle'] as const) if (both.includes(phase)) return phase;
  return both.includes('diverged') ? 'diverged' : 'done';
}

/**
 * Two trainers driven as one by a single set of controls (TrainControls): each button goes to
 * both; the status line follows the one that is further behind.
 */
export function useTrainerPair(first: Trainer, second: Trainer): Trainer {
  const behind = (first.snapshot?.step ?? 0) <= (second.snapshot?.step ?? 0) ? first : second;
  const controls = useMemo(() => ({
    start: () => { first.start(); second.start(); },
    pause: () => { first.pause(); second.pause(); },
    resume: () => { first.resume(); second.resume(); },
    reset: (seed?: number) => { first.reset(seed); second.reset(seed); },
    step: (count?: number) => { first.step(count); second.step(count); },
    setHyperParameters: (changes: Parameters<Trainer['setHyperParameters']>[0]) => {
      first.setHyperParameters(changes);
      second.setHyperParameters(changes);
    },
    // useTrainer keeps its controls for the hook's whole life, so these need no other deps.
  }), [first.start, second.start]);
  return {
    ...controls,
    status: combinePhases(first.status, second.status),
    engine: first.engine ?? second.engine,
    backend: first.backend ?? second.backend,
    snapshot: behind.snapshot,
    error: first.error ?? second.error,
    fallbacks: [...first.fallbacks, ...second.fallbacks],
    divergedAt: first.divergedAt ?? second.divergedAt,
  };
}
