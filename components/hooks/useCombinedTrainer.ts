'use client';

import { useMemo } from 'react';
import type { ControlledTrainer } from '@/components/controls/TrainControls';
import type { TrainerPhase } from '@/lib/worker/client';

/** Which phase shows when two trainers differ: trouble first, then activity, then rest. */
const precedence: readonly TrainerPhase[] = ['error', 'diverged', 'loading', 'training', 'paused', 'idle', 'done'];

/** The phase of two trainers seen as one run: 'done' only when both are. */
export function combinePhases(first: TrainerPhase, second: TrainerPhase): TrainerPhase {
  return precedence.find((phase) => first === phase || second === phase) ?? first;
}

/**
 * Two trainers that learn side by side, driven by one set of buttons (TrainControls): every
 * control goes to both, the phase is the more pressing of the two, and the status line
 * follows the one further behind.
 */
export function useCombinedTrainer(first: ControlledTrainer, second: ControlledTrainer): ControlledTrainer {
  const controls = useMemo(() => ({
    start: () => { first.start(); second.start(); },
    pause: () => { first.pause(); second.pause(); },
    resume: () => { first.resume(); second.resume(); },
    reset: (seed?: number) => { first.reset(seed); second.reset(seed); },
    step: (count?: number) => { first.step(count); second.step(count); },
    // useTrainer keeps its controls for the hook's whole life, so these are the only deps.
  }), [first.start, second.start]);
  const behind = (first.snapshot?.step ?? 0) <= (second.snapshot?.step ?? 0) ? first : second;
  const failing = first.status === 'error' || first.status === 'diverged' ? first : second;
  return {
    ...controls,
    status: combinePhases(first.status, second.status),
    engine: first.engine ?? second.engine,
    backend: first.backend ?? second.backend,
    snapshot: behind.snapshot,
    error: first.error ?? second.error,
    fallbacks: [...first.fallbacks, ...second.fallbacks],
    divergedAt: failing.divergedAt,
  };
}
