import { classifyFit } from '@/lib/analysis/fitRegime';
import { defaultState } from '@/lib/url/schema';
import { fitData } from './config';
import { FitView } from './FitView';
import { fitSchema } from './state';

/** The lab before it loads (and without JavaScript): the default data, no field, empty curves. */
export function FitPoster() {
  const state = defaultState(fitSchema);
  return (
    <FitView
      state={state}
      data={fitData(state)}
      added={[]}
      readout={{ grid: null, history: [], verdict: classifyFit([]), marker: 'pending', divergedAt: null }}
    />
  );
}
