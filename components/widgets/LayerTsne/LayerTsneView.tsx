import { memo } from 'react';
import type { Embedding } from '@/lib/worker/protocol';
import { layers, side } from './config';
import { DigitInspector } from './DigitInspector';
import { EmbeddingPanel } from './EmbeddingPanel';

/** Colours resolved from the theme for the canvases, or null on the server. */
export interface TsneColours {
  classes: string[];
  background: string;
  ring: string;
  ink: string;
  paper: string;
}

export interface LayerTsneViewProps {
  /** The widget's content width in pixels. */
  width: number;
  method: 'tsne' | 'pca';
  compare: boolean;
  /** The trained network's embedding at the chosen checkpoint, and the untrained one's, when there. */
  main: Embedding | null;
  untrained: Embedding | null;
  /** Shown in empty panels (what to do or what is being waited for). */
  placeholder: string;
  selected?: number;
  onSelect?: (index: number) => void;
  colours?: TsneColours | null;
}

const gap = 10;
const cardPadding = 8;
const digits = Array.from({ length: 10 }, (_, digit) => digit);

/** "83.5 %", or an en dash while unknown. */
export function percent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '–' : `${(100 * value).toFixed(1)} %`;
}

function points(embedding: Embedding | null, layer: number) {
  return { positions: embedding?.layers[layer] ?? null, labels: embedding?.labels ?? null };
}

/** The grid's columns (as the CSS container query sets them) and each panel's drawing side for a content width. */
export function panelLayout(width: number): { columns: number; size: number } {
  const columns = width >= 560 ? 3 : 2;
  const card = (width - gap * (columns - 1)) / columns;
  return { columns, size: Math.max(100, Math.floor(card - 2 * cardPadding)) };
}

/**
 * Every layer's embedding side by side (input, three hidden layers, output logits), each with
 * its linear probe's held-out accuracy, the untrained network's beneath when comparing, and a
 * colour key with the selected digit's image. Pure apart from the canvases: the server renders
 * it as the poster.
 */
export const LayerTsneView = memo(function LayerTsneView({ width, method, compare, main, untrained, placeholder, selected = -1, onSelect, colours = null }: LayerTsneViewProps) {
  const { size } = panelLayout(width);
  const axes = method === 'tsne' ? 't-SNE' : 'PCA';
  return (
    <div className="tsne-grid" style={{ gap }}>
      {layers.map((layer, index) => {
        const accuracy = main?.probeAccuracy[index];
        const before = untrained?.probeAccuracy[index];
        const explained = main?.explained?.[index];
        return (
          <div className="tsne-card" key={layer.id} data-layer={layer.id}>
            <p className="tsne-card-title">
              {layer.name} <span>{layer.detail}</span>
            </p>
            <p className="tsne-probe">
              Linear probe <strong>{percent(accuracy)}</strong>
            </p>
            <EmbeddingPanel
              {...points(main, index)} size={size} placeholder={placeholder} selected={selected} onSelect={onSelect}
              colours={colours} label={`${layer.name} (${layer.detail}), ${axes} of ${main?.count ?? 0} held-out digits; linear-probe accuracy ${percent(accuracy)}.`}
            />
            {explained !== undefined ? <p className="tsne-axes">PC 1 and 2 hold {percent(explained)} of the variance</p> : null}
            {compare ? (
              <>
                <p className="tsne-probe tsne-probe-untrained">
                  Untrained, same shape <strong>{percent(before)}</strong>
                </p>
                <EmbeddingPanel
                  {...points(untrained, index)} size={size} placeholder={placeholder} selected={selected} onSelect={onSelect}
                  colours={colours} label={`${layer.name} of the untrained network, ${axes}; linear-probe accuracy ${percent(before)}.`}
                />
              </>
            ) : null}
          </div>
        );
      })}
      <div className="tsne-card tsne-key">
        <p className="tsne-card-title">True class</p>
        <ul className="tsne-legend" aria-label="Colour key: each colour is one digit class">
          {digits.map((digit) => (
            <li key={digit}>
              <span className="tsne-swatch" style={{ background: `var(--digit-${digit})` }} aria-hidden="true" />
              {digit}
            </li>
          ))}
        </ul>
        <DigitInspector inputs={main?.inputs ?? null} labels={main?.labels ?? null} side={side} selected={selected} colours={colours} />
      </div>
    </div>
  );
});
