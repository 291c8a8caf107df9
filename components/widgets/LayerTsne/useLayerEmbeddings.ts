'use client';

import { useEffect } from 'react';
import type { Trainer } from '@/components/hooks/useTrainer';
import type { StateOf } from '@/lib/url/schema';
import { embedKey, type EmbedRequest, type Embedding } from '@/lib/worker/protocol';
import { checkpointStep } from './config';
import type { layerTsneSchema } from './state';

type State = StateOf<typeof layerTsneSchema>;

/** Where the chosen picture stands: not asked for, waiting for training (to reach it, or to stop), being made, shown. */
export type EmbeddingPhase = 'none' | 'waiting' | 'probing' | 'running' | 'done';

export interface LayerEmbeddings {
  main: Embedding | null;
  untrained: Embedding | null;
  phase: EmbeddingPhase;
}

function phaseOf(asked: boolean, recorded: boolean, training: boolean, wanted: (Embedding | null)[]): EmbeddingPhase {
  if (!asked) return 'none';
  if (wanted.every((embedding) => embedding?.done)) return 'done';
  // The worker draws nothing while it trains: the pictures wait for a pause or the end.
  if (!recorded || training) return 'waiting';
  return wanted.some((embedding) => embedding === null) ? 'probing' : 'running';
}

/**
 * Asks the worker for the embeddings the state calls for, once training has been asked for:
 * the chosen checkpoint first (animated unless motion is reduced), then the untrained network
 * when comparing, then, once training is done, every other checkpoint so that scrubbing is
 * instant. Returns the ones to show and where they stand.
 */
export function useLayerEmbeddings(trainer: Trainer, state: State, reducedMotion: boolean): LayerEmbeddings {
  const base = { method: state.pca ? 'pca' : 'tsne', perplexity: state.perplexity, seed: state.seed } as const;
  const step = checkpointStep(state.epoch);
  const recorded = trainer.checkpoints.map((checkpoint) => checkpoint.step);
  const asked = (trainer.snapshot?.step ?? 0) > 0 || trainer.status === 'training';
  const main: EmbedRequest = { checkpoint: step, ...base, frames: !reducedMotion };
  const untrained: EmbedRequest = { checkpoint: 0, ...base, frames: false };
  const later = trainer.status === 'done' ? recorded.filter((other) => other !== step).map((other) => ({ checkpoint: other, ...base, frames: false })) : [];
  const requests = asked ? [main, ...(state.compare ? [untrained] : []), ...later] : [];
  const wish = JSON.stringify(requests);
  const generation = trainer.checkpointGeneration;
  const recordedKey = recorded.join(',');
  const { embed } = trainer;
  // Sent again when checkpoints change: a new run or a reset empties the worker's list.
  useEffect(() => {
    embed(JSON.parse(wish) as EmbedRequest[]);
  }, [embed, wish, generation, recordedKey]);

  const shown = trainer.embeddings[embedKey(main)] ?? null;
  const before = state.compare ? (trainer.embeddings[embedKey(untrained)] ?? null) : null;
  const wanted = state.compare ? [shown, before] : [shown];
  const phase = phaseOf(asked, recorded.includes(step) && (!state.compare || recorded.includes(0)), trainer.status === 'training', wanted);
  return { main: shown, untrained: before, phase };
}
