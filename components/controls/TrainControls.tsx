'use client';

import type { Trainer } from '@/components/hooks/useTrainer';

/** What the controls read and drive: a trainer, or two trainers combined into one. */
export type ControlledTrainer = Pick<Trainer, 'status' | 'engine' | 'backend' | 'snapshot' | 'error' | 'fallbacks' | 'divergedAt' | 'start' | 'pause' | 'resume' | 'reset' | 'step'>;
import type { WidgetStatus } from '@/components/widgets/report';

/** The widget frame's status for a trainer's phase (the data-status contract). */
export function trainerStatus(trainer: Pick<Trainer, 'status'>): WidgetStatus {
  return trainer.status;
}

/** What trains, as the frame's data-backend says it: 'typed', a tfjs backend, or nothing yet. */
export function trainerBackend(trainer: Pick<Trainer, 'engine' | 'backend'>): string | undefined {
  if (trainer.engine === 'typed') return 'typed';
  return trainer.backend ?? undefined;
}

const engineNames: Record<string, string> = {
  typed: 'plain typed arrays',
  wasm: 'TensorFlow.js (WebAssembly)',
  cpu: 'TensorFlow.js (JavaScript CPU)',
  webgl: 'TensorFlow.js (WebGL)',
};

/** A sentence on where training stands, for the status line and screen readers. */
function describe(trainer: ControlledTrainer): string {
  const step = trainer.snapshot?.step ?? 0;
  const where = `step ${step.toLocaleString('en')}`;
  switch (trainer.status) {
    case 'idle':
      return step === 0 ? 'Ready: press Train.' : `Stopped at ${where}.`;
    case 'loading':
      return 'Preparing the network…';
    case 'training':
      return `Training: ${where}.`;
    case 'paused':
      return `Paused at ${where}.`;
    case 'done':
      return `Done: ${where}.`;
    case 'diverged':
      return `Training diverged at step ${(trainer.divergedAt ?? step).toLocaleString('en')}: the loss or a weight stopped being a finite number. The figure shows the last finite state; lower the learning rate, then reset.`;
    case 'error':
      return `Training failed: ${trainer.error ?? 'unknown error'}.`;
  }
}

interface Props {
  trainer: ControlledTrainer;
  /** Called for Reset, after the trainer is reset (for widgets that keep their own state too). */
  onReset?: () => void;
  /** The updates one press of Step runs. */
  stepSize?: number;
}

/**
 * Train / Pause / Resume, Step and Reset for a trainer, with a status line that says what
 * trains (engine and backend), where it stands, and — on divergence or failure — what went
 * wrong and what to do. Training starts only when the reader asks. Its data-step and
 * data-train-loss give every training demo the same readable state for tests.
 */
export function TrainControls({ trainer, onReset, stepSize = 1 }: Props) {
  const { status } = trainer;
  const busy = status === 'loading' || status === 'error';
  const finished = status === 'done' || status === 'diverged';
  const primary = status === 'training'
    ? { label: 'Pause', act: trainer.pause }
    : status === 'paused'
      ? { label: 'Resume', act: trainer.resume }
      : { label: 'Train', act: trainer.start };
  const backend = trainerBackend(trainer);
  const fallback = trainer.fallbacks.at(-1);
  return (
    <div
      className="train-controls"
      data-step={trainer.snapshot?.step ?? 0}
      data-train-loss={trainer.snapshot && Number.isFinite(trainer.snapshot.trainLoss) ? trainer.snapshot.trainLoss : undefined}
    >
      <div className="train-buttons">
        <button type="button" className="button-primary" onClick={primary.act} disabled={busy || finished} aria-label={primary.label}>
          <span aria-hidden="true">{status === 'training' ? '❚❚' : '▶'}</span> {primary.label}
        </button>
        <button type="button" onClick={() => trainer.step(stepSize)} disabled={busy || finished}>
          Step
        </button>
        <button
          type="button"
          onClick={() => {
            trainer.reset();
            onReset?.();
          }}
          disabled={status === 'loading'}
        >
          Reset
        </button>
      </div>
      <p className={status === 'diverged' || status === 'error' ? 'train-status train-status-alert' : 'train-status'} role={status === 'diverged' || status === 'error' ? 'alert' : 'status'}>
        {describe(trainer)}
        {backend ? <span className="train-engine"> Runs on {engineNames[backend] ?? backend}{fallback ? ` (fell back from ${fallback.from}: ${fallback.reason})` : ''}.</span> : null}
      </p>
    </div>
  );
}
