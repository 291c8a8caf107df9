import { defaultState } from '@/lib/url/schema';
import { SortingView } from './SortingView';
import { sortingSchema } from './state';
import { buildTraces } from '@/lib/analysis/sortingTraces';

/** The race before it starts, at the default settings: both panels show the same shuffle. */
export function SortingPoster() {
  const state = defaultState(sortingSchema);
  const traces = buildTraces(state.size, state.seed, state.comparison, Number(state.base));
  return <SortingView state={state} race={{ traces, steps: { comparison: 0, radix: 0 } }} />;
}
