import { memo } from 'react';
import type { FieldPoint } from '@/components/charts/DecisionField';
import { ImagePanel, type ImageReadout } from './ImagePanel';
import { PlanePanel, type PlaneReadout } from './PlanePanel';
import type { BiasState } from './readout';

interface Props {
  state: BiasState;
  image: ImageReadout;
  plane: PlaneReadout;
  points: readonly FieldPoint[];
  /** The widget's width; the panels sit side by side from about 760 px. */
  width?: number;
}

/** Both panels of the bias demo for one state and one pair of readouts; pure, renders the poster too. */
export const BiasView = memo(function BiasView({ state, image, plane, points, width = 640 }: Props) {
  const panelWidth = width >= 760 ? Math.floor((width - 32) / 2) : width;
  return (
    <div className="bias-panels">
      <ImagePanel state={state} readout={image} width={panelWidth} />
      <PlanePanel state={state} readout={plane} points={points} width={panelWidth} />
    </div>
  );
});
