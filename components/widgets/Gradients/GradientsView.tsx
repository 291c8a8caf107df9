import type { ReactNode } from 'react';
import { GRADIENT_ACTIVATIONS, initialisationFor } from '@/lib/analysis/gradientFlow';
import { GradientBars } from './GradientBars';
import { LossCurves, type LossSeries } from './LossCurves';
import { activationStyle, type GradientsState } from './model';
import type { AllReadings } from './readings';
import { formatScientific } from './scientific';
import { SlopeChart } from './SlopeChart';

interface Props {
  state: GradientsState;
  width: number;
  readings: AllReadings;
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

/** The demo at any state: the poster renders it at initialisation, the live widget with three runs. */
export function GradientsView({ state, width, readings, controls }: Props) {
  const selected = state.activation;
  const style = activationStyle[selected];
  const reading = readings[selected];
  const trained = reading.now !== null;
  const side = width >= 620 ? Math.floor((width - 24) / 2) : width;
  const init = initialisationNames[initialisationFor(selected, state.mismatched)];
  return (
    <div className="gradients">
      {controls}
      <p className="grad-heading">
        <strong>Gradient per layer, {style.name} net</strong> ({state.depth} hidden layers of 16, {init} initialisation). {trained ? 'Bars: now; dashed marks: at initialisation (the first update).' : 'Bars: at initialisation, the first update’s gradients; press Train to watch them change.'}
      </p>
      <GradientBars now={reading.now ?? reading.initial} initial={trained ? reading.initial : null} trained={trained} layerCount={state.depth + 1} colour={style.colour} name={style.name} width={width} />
      <dl className="readouts grad-ratios">
        {GRADIENT_ACTIVATIONS.map((activation) => (
          <div key={activation}>
            <dt>{activationStyle[activation].name}: layer 1 ÷ output{trained ? '' : ' at initialisation'}</dt>
            <dd>{formatScientific(trained ? readings[activation].ratio : readings[activation].initialRatio)}</dd>
          </div>
        ))}
      </dl>
      <Legend />
      <div className="grad-pair">
        <LossCurves width={side} series={GRADIENT_ACTIVATIONS.map((activation): LossSeries => ({ activation, losses: readings[activation].losses }))} />
        <SlopeChart width={side} />
      </div>
    </div>
  );
}
