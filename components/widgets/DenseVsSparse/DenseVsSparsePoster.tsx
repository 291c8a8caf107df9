import { defaultState } from '@/lib/url/schema';
import { DenseVsSparseView } from './DenseVsSparseView';
import { denseVsSparseSchema } from './state';

/** Before any timing: the empty axes at the default size (results are the reader's own). */
export function DenseVsSparsePoster() {
  const state = defaultState(denseVsSparseSchema);
  return <DenseVsSparseView size={Number(state.size)} points={[]} crossovers={{ best: null, typed: null, library: null }} library={null} finished={false} poster />;
}
