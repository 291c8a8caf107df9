import type { Trainer } from '@/components/hooks/useTrainer';
import type { TrainerPhase } from '@/lib/worker/client';

/** Which phase wins when two trainers differ: trouble first, then activity, then rest. */
const precedence: TrainerPhase[] = ['error', 'diverged', 'loading', 'training', 'paused', 'idle', 'done'];

/**
 * One set of buttons for two trainers that learn side by side: every control goes to both,
 * the phase is the most pressing of the two ('done' only when both are), and the step count,
 * engine and backend are the first trainer's.
 */
export function combineTrainers(first: Trainer, second: Trainer): Trainer {
  const status = precedence.find((phase) => first.status === phase || second.status === phase) ?? first.status;
  const failing = first.status === 'error' || first.status === 'diverged' ? first : second;
  return {
    ...first,
    status,
    error: first.error ?? second.error,
    divergedAt: failing.divergedAt,
    fallbacks: [...first.fallbacks, ...second.fallbacks],
    start: () => { first.start(); second.start(); },
    pause: () => { first.pause(); second.pause(); },
    resume: () => { first.resume(); second.resume(); },
    reset: (seed) => { first.reset(seed); second.reset(seed); },
    step: (count) => { first.step(count); second.step(count); },
    setHyperParameters: (changes) => { first.setHyperParameters(changes); second.setHyperParameters(changes); },
  };
}
