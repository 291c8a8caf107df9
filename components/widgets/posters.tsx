import type { ReactNode } from 'react';
import { ActivationShapesView } from './ActivationShapes/ActivationShapesView';
import { activationShapesSchema } from './ActivationShapes/state';
import { CollapseView } from './Collapse/CollapseView';
import { circleData } from './Collapse/model';
import { collapseSchema } from './Collapse/state';
import { DenseVsSparsePoster } from './DenseVsSparse/DenseVsSparsePoster';
import { DepthWidthView } from './DepthWidth/DepthWidthView';
import { depthWidthSchema } from './DepthWidth/state';
import { FitPoster } from './Fit/FitPoster';
import { GradientsView } from './Gradients/GradientsView';
import { initialReadings } from './Gradients/readings';
import { gradientsSchema } from './Gradients/state';
import { BiasPoster } from './Bias/BiasPoster';
import { LayerTsnePoster } from './LayerTsne/LayerTsnePoster';
import { GraphLayersView } from './GraphLayers/GraphLayersView';
import { buildModel } from './GraphLayers/model';
import { graphLayersSchema } from './GraphLayers/state';
import { RandomLabelsView } from './RandomLabels/RandomLabelsView';
import { emptyReadings } from './RandomLabels/readings';
import { randomLabelsSchema } from './RandomLabels/state';
import type { WidgetId } from './registry';
import { NeuronsPoster } from './Neurons/NeuronsPoster';
import { SortingPoster } from './Sorting/SortingPoster';
import { universalSchema } from './Universal/state';
import { UniversalView } from './Universal/UniversalView';
import { defaultState } from '@/lib/url/schema';

/**
 * Each demo's poster: its initial state rendered on the server, so the figure is there before
 * the demo's code loads and for readers without JavaScript.
 */
export const posters: Record<WidgetId, () => ReactNode> = {
  'activation-shapes': () => <ActivationShapesView state={defaultState(activationShapesSchema)} />,
  collapse: () => <CollapseView state={defaultState(collapseSchema)} width={720} data={circleData(defaultState(collapseSchema).seed)} snapshot={null} check={null} />,
  gradients: () => <GradientsView state={defaultState(gradientsSchema)} width={720} readings={initialReadings(defaultState(gradientsSchema))} />,
  'depth-width': () => <DepthWidthView state={defaultState(depthWidthSchema)} />,
  universal: () => <UniversalView state={defaultState(universalSchema)} width={440} />,
  bias: () => <BiasPoster />,
  'layer-tsne': () => <LayerTsnePoster />,
  neurons: () => <NeuronsPoster />,
  sorting: () => <SortingPoster />,
  'graph-layers': () => <GraphLayersView state={defaultState(graphLayersSchema)} model={buildModel(defaultState(graphLayersSchema))} width={560} />,
  'dense-vs-sparse': () => <DenseVsSparsePoster />,
  fit: () => <FitPoster />,
  'random-labels': () => <RandomLabelsView state={defaultState(randomLabelsSchema)} width={720} readings={emptyReadings()} />,
};
