import type { ReactNode } from 'react';
import { ActivationShapesView } from './ActivationShapes/ActivationShapesView';
import { activationShapesSchema } from './ActivationShapes/state';
import { LayerTsnePoster } from './LayerTsne/LayerTsnePoster';
import type { WidgetId } from './registry';
import { defaultState } from '@/lib/url/schema';

/**
 * Each demo's poster: its initial state rendered on the server, so the figure is there before
 * the demo's code loads and for readers without JavaScript.
 */
export const posters: Record<WidgetId, () => ReactNode> = {
  'activation-shapes': () => <ActivationShapesView state={defaultState(activationShapesSchema)} />,
  'layer-tsne': () => <LayerTsnePoster />,
};
