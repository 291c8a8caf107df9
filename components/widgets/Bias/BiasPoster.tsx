import { defaultState } from '@/lib/url/schema';
import { BiasView } from './BiasView';
import { planeData } from './config';
import { biasSchema } from './state';

/**
 * The demo before it loads (and without JavaScript): the default state at initialisation —
 * the images, the black image's activations (exactly 0, since biases start at 0), the data
 * of the 2-D panel — and no trained numbers.
 */
export function BiasPoster() {
  const state = defaultState(biasSchema);
  const plane = planeData(state.seed).train;
  const points = Array.from(plane.labels, (label, index) => ({ x: plane.inputs[2 * index], y: plane.inputs[2 * index + 1], label }));
  return (
    <BiasView
      state={state}
      points={points}
      image={{ activations: null, accuracy: null, loss: null, history: [] }}
      plane={{ grid: null, accuracy: null, originLogit: null }}
    />
  );
}
