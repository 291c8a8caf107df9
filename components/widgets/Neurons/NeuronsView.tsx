import type { UnitProfile } from '@/lib/analysis/unitProfile';
import { formatNumber, formatPercent } from '../format';
import { ClassBars } from './ClassBars';
import { extremes } from './config';
import { DigitStrip, type DigitColours } from './DigitStrip';
import { WeightPicture } from './WeightPicture';

/** The chosen unit's profile with the activations of the digits it ranks, or null before training. */
export interface ShownUnit {
  profile: UnitProfile;
  topValues: number[];
  bottomValues: number[];
  /** The training step the profile comes from (0: the untrained network). */
  step: number;
}

export interface NeuronsViewProps {
  layer: number;
  unit: number;
  shown: ShownUnit | null;
  inputs: Float32Array | null;
  labels: Int32Array | null;
  weights: Float32Array | null;
  width: number;
  colours?: DigitColours | null;
  /** What the empty panels say before there is anything to show. */
  placeholder: string;
}

/** One sentence on what the unit does, or what to do first. */
function summary({ layer, unit, shown }: Pick<NeuronsViewProps, 'layer' | 'unit' | 'shown'>): string {
  if (!shown) return `Press Train, then pick a unit: unit ${unit} of hidden layer ${layer} is shown once the network has learnt.`;
  const { topClass, topClassMean, silentFraction } = shown.profile;
  const untrained = shown.step === 0 ? 'Untrained, for now: ' : '';
  if (topClassMean <= 0) return `${untrained}Unit ${unit} of hidden layer ${layer} is silent on every held-out digit: a "dead" ReLU. Try another unit.`;
  return `${untrained}Unit ${unit} of hidden layer ${layer} fires most, on average, for ${topClass}s (mean ${formatNumber(topClassMean, 2)}); it is exactly 0 on ${formatPercent(silentFraction)} of the digits.`;
}

/**
 * A hidden unit's portrait: the held-out digits that excite it most and least, its mean
 * activation per class, and its incoming weights. Pure apart from the canvases, so the server
 * renders it as the poster.
 */
export function NeuronsView({ layer, unit, shown, inputs, labels, weights, width, colours = null, placeholder }: NeuronsViewProps) {
  return (
    <div className="neurons-view">
      <p className="neurons-summary" aria-live="polite">
        {summary({ layer, unit, shown })}
      </p>
      <div className="neurons-grid">
        <div className="neurons-digits">
          <DigitStrip
            title={`The ${extremes} digits that excite it most`} indices={shown?.profile.top ?? []} values={shown?.topValues ?? []}
            inputs={inputs} labels={labels} colours={colours} placeholder={placeholder}
          />
          <DigitStrip
            title={shown && shown.bottomValues.every((value) => value === 0) ? `The first ${extremes} of the digits it ignores (activation exactly 0)` : `The ${extremes} that excite it least`} indices={shown?.profile.bottom ?? []} values={shown?.bottomValues ?? []}
            inputs={inputs} labels={labels} colours={colours} placeholder={placeholder}
          />
        </div>
        <WeightPicture layer={layer} unit={unit} weights={weights} width={width} />
      </div>
      <figure className="neurons-means">
        <figcaption>Mean activation per class, over {labels?.length ?? 400} held-out digits</figcaption>
        <ClassBars means={shown?.profile.classMeans ?? null} topClass={shown?.profile.topClass ?? -1} width={Math.min(width, 560)} />
      </figure>
    </div>
  );
}
