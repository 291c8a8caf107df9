import type { ReactNode } from 'react';
import { GRADIENT_ACTIVATIONS, initialisationFor, type GradientActivation } from '@/lib/analysis/gradientFlow';
import { GradientBars } from './GradientBars';
import { LossCurves, type LossSeries } from './LossCurves';
import { activationStyle, type GradientsState } from './model';
import { formatScientific } from './scientific';
import { SlopeChart } from './SlopeChart';

/** What the three runs show now: per activation, the bars' numbers, ratio and loss curve. */
export interface GradientReadings {
  now: (number | null)[] | null;
  first: { step: number; norms: (number | null)[] } | null;
  ratio: number | null;
  losses: Float64Array;
}

interface Props {
  state: GradientsState;
  width: number;
  readings: Record<GradientActivation, GradientReadings> | null;
  controls?: ReactNode;
}

const initialisationNames = { glorot: 'Glorot', he: 'He', scaled: 'scaled' } as const;

function Legend() {
  return (
    <p className="legend" aria-hidden="true">
      {GRADIENT_ACTIVATIONS.map((activation) => (
        <span key={activation} className="grad-legend-item">
          <span className="legend-line" style={{ borderTopColor: activationStyle[activation].colour }} /> {activationStyle[activation].name}
        </span>
      ))}
      <span className="grad-legend-item"><span className="legend-line grad-legend-dashed" /> dashed: slope</span>
    </p>
  );
}

/** The demo at any state: the poster renders it with no readings, the live widget with three runs. */
export function GradientsView({ state, width, readings, controls }: Props) {
  const selected = state.activation;
  const style = activationStyle[selected];
  const reading = readings?.[selected] ?? null;
  const side = width >= 620 ? Math.floor((width - 24) / 2) : width;
  const init = initialisationNames[initialisationFor(selected, state.mismatched)];
  return (
    <div className="gradients">
      {controls}
      <p className="grad-heading">
        <strong>Gradient per layer, {style.name} net</strong> ({state.depth} hidden layers of 16, {init} initialisation). Bars: now; dashed marks: after update {reading?.first?.step ?? 1}.
      </p>
      <GradientBars now={reading?.now ?? null} first={reading?.first ?? null} layerCount={state.depth + 1} colour={style.colour} name={style.name} width={width} />
      <dl className="readouts grad-ratios">
        {GRADIENT_ACTIVATIONS.map((activation) => (
          <div key={activation}>
            <dt>{activationStyle[activation].name}: layer 1 ÷ output</dt>
            <dd>{formatScientific(readings?.[activation].ratio)}</dd>
          </div>
        ))}
      </dl>
      <Legend />
      <div className="grad-pair">
        <LossCurves width={side} series={GRADIENT_ACTIVATIONS.map((activation): LossSeries => ({ activation, losses: readings?.[activation].losses ?? new Float64Array() }))} />
        <SlopeChart width={side} />
      </div>
    </div>
  );
}
