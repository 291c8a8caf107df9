'use client';

import type { ComponentType } from 'react';
import type { WidgetId } from './registry';

export interface WidgetProps {
  id: string;
}

/**
 * How each demo's interactive code is fetched: a dynamic import, so nothing of it (nor tfjs)
 * is in a page's first-load JavaScript; the frame calls it when the demo nears the viewport.
 */
export const widgetLoaders: Record<WidgetId, () => Promise<ComponentType<WidgetProps>>> = {
  'activation-shapes': () => import('./ActivationShapes/ActivationShapes').then((module) => module.ActivationShapes),
  collapse: () => import('./Collapse/Collapse').then((module) => module.Collapse),
  gradients: () => import('./Gradients/Gradients').then((module) => module.Gradients),
  'depth-width': () => import('./DepthWidth/DepthWidth').then((module) => module.DepthWidth),
  universal: () => import('./Universal/Universal').then((module) => module.Universal),
  bias: () => import('./Bias/Bias').then((module) => module.Bias),
  'layer-tsne': () => import('./LayerTsne/LayerTsne').then((module) => module.LayerTsne),
  neurons: () => import('./Neurons/Neurons').then((module) => module.Neurons),
  sorting: () => import('./Sorting/Sorting').then((module) => module.Sorting),
  'graph-layers': () => import('./GraphLayers/GraphLayers').then((module) => module.GraphLayers),
  'dense-vs-sparse': () => import('./DenseVsSparse/DenseVsSparse').then((module) => module.DenseVsSparse),
  fit: () => import('./Fit/Fit').then((module) => module.Fit),
  'random-labels': () => import('./RandomLabels/RandomLabels').then((module) => module.RandomLabels),
};
