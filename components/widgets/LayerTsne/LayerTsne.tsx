'use client';

import { useMemo, useState } from 'react';
import { TrainControls, trainerBackend, trainerStatus } from '@/components/controls/TrainControls';
import { useElementWidth } from '@/components/hooks/useElementWidth';
import { useReducedMotion } from '@/components/hooks/useReducedMotion';
import { useThemeColours } from '@/components/hooks/useThemeColours';
import { useTrainer } from '@/components/hooks/useTrainer';
import { useUrlState } from '@/components/hooks/useUrlState';
import type { WidgetProps } from '../loaders';
import { useWidgetReport } from '../report';
import { checkpointEpochs, checkpointStep, layers, stepsPerEpoch, trainerConfig } from './config';
import { LayerTsneControls } from './LayerTsneControls';
import { LayerTsneView, percent, type TsneColours } from './LayerTsneView';
import { layerTsneSchema as schema } from './state';
import { useLayerEmbeddings, type LayerEmbeddings } from './useLayerEmbeddings';

const themeNames = [...Array.from({ length: 10 }, (_, digit) => `--digit-${digit}`), '--bg', '--text'] as const;

/** The canvases' colours from the theme (re-read when it changes). */
function useTsneColours(): TsneColours | null {
  const resolved = useThemeColours(themeNames);
  return useMemo(() => resolved && {
    classes: Array.from({ length: 10 }, (_, digit) => resolved[`--digit-${digit}`]),
    background: resolved['--bg'], ring: resolved['--text'], ink: resolved['--text'], paper: resolved['--bg'],
  }, [resolved]);
}

/** The status line while nothing is drawn yet, by phase. */
function statusFor(phase: LayerEmbeddings['phase'], epochName: string, method: string): string {
  switch (phase) {
    case 'none':
      return 'Press Train: the network learns to read the digits, then every layer is drawn below.';
    case 'waiting':
      return `Training… the layers are drawn when training pauses or ends${epochName === 'untrained' ? '' : `, from the network ${epochName}`}.`;
    case 'probing':
      return `Scoring a linear probe on every layer, then ${method}…`;
    default:
      return `${method}: drawing every layer…`;
  }
}

/** What an empty panel says, by phase (the status line above says more). */
const placeholders: Record<LayerEmbeddings['phase'], string> = {
  none: 'Not trained yet', waiting: 'Waiting for training', probing: 'Scoring probes…', running: '', done: '',
};

/** "3 = 0.78,0.84 …": the accuracies as data-* wants them, or null while unknown. */
function accuracyList(values: number[] | undefined): string | null {
  return values && values.every(Number.isFinite) ? values.map((value) => value.toFixed(3)).join(',') : null;
}

/**
 * Trains an MLP on real digits, then shows every layer of held-out digits in 2-D (t-SNE or
 * PCA, computed in the worker), with each layer's linear-probe accuracy, at four checkpoints.
 */
export function LayerTsne({ id }: WidgetProps) {
  const [state, update] = useUrlState(id, schema);
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const reducedMotion = useReducedMotion();
  const config = useMemo(() => trainerConfig(state.seed, state.engine), [state.seed, state.engine]);
  const trainer = useTrainer(config, true);
  const { main, untrained, phase } = useLayerEmbeddings(trainer, state, reducedMotion);
  const colours = useTsneColours();
  const [selected, setSelected] = useState(-1);
  const method = state.pca ? 'PCA' : 't-SNE';
  const epochName = schema.epoch.optionLabels[state.epoch] ?? state.epoch;
  const recordedEpochs = checkpointEpochs.filter((epoch) => trainer.checkpoints.some((checkpoint) => checkpoint.step === checkpointStep(epoch)));
  const accuracy = phase === 'done' ? main?.probeAccuracy : undefined;
  const selectedDigit = main && selected >= 0 && selected < main.count ? main.labels[selected] : null;

  useWidgetReport({
    status: trainerStatus(trainer),
    backend: trainerBackend(trainer),
    numbers: {
      probeAccuracy: accuracyList(accuracy),
      untrainedProbeAccuracy: state.compare && phase === 'done' ? accuracyList(untrained?.probeAccuracy) : null,
      layers: layers.map((layer) => layer.id).join(','),
      checkpoint: state.epoch,
      method: state.pca ? 'pca' : 'tsne',
      perplexity: state.perplexity,
      compare: state.compare ? 'untrained' : 'off',
      embedding: phase,
      // Left out while training, so that the frame does not re-render on every snapshot.
      step: trainer.status === 'training' ? null : (trainer.snapshot?.step ?? 0),
      validationAccuracy: trainer.status !== 'training' && trainer.snapshot?.validationAccuracy != null ? Number(trainer.snapshot.validationAccuracy.toFixed(3)) : null,
      selectedDigit,
    },
  });

  const last = layers.length - 2;
  return (
    <div ref={ref} className="layer-tsne">
      <TrainControls trainer={trainer} stepSize={stepsPerEpoch} onReset={() => setSelected(-1)} />
      <LayerTsneControls state={state} update={update} recordedEpochs={recordedEpochs.join(',')} />
      <p className="tsne-status" aria-live="polite">
        {phase === 'done' && accuracy
          ? `${method} of ${main?.count} held-out digits, network ${epochName}. Linear-probe accuracy: input ${percent(accuracy[0])}, last hidden layer ${percent(accuracy[last])}.`
          : statusFor(phase, epochName, method)}
      </p>
      <LayerTsneView
        width={width} method={state.pca ? 'pca' : 'tsne'} compare={state.compare} main={main} untrained={untrained}
        placeholder={placeholders[phase]} selected={selected} onSelect={setSelected} colours={colours}
      />
      <p className="tsne-note">
        {state.pca
          ? 'PCA axes are the two directions of largest variance in each layer: a linear view, so distances are honest but classes overlap more.'
          : 't-SNE axes have no units: only who sits next to whom means something, not cluster sizes or the gaps between clusters.'}
      </p>
    </div>
  );
}
