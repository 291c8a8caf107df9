import type { TimingPoint } from '@/lib/analysis/sparseTiming';
import { formatCount } from '../format';
import { TimingChart, sparsityLabel } from './TimingChart';

/** Nanoseconds with three significant figures, or a dash; never NaN. */
export function formatNs(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}

/** How many times faster CSR is than dense at a point ("0.21×" means slower). */
function speedup(point: TimingPoint): string {
  const ratio = point.denseNs / point.sparseNs;
  return Number.isFinite(ratio) ? `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}×` : '–';
}

/** The sentence that states the outcome, once every level is timed. */
export function verdict(points: readonly TimingPoint[], crossover: number | null, finished: boolean): string {
  if (!finished) return points.length === 0 ? 'No timing yet: press Measure to time both methods on this device.' : `Timed ${points.length} sparsity levels so far…`;
  const top = points[points.length - 1];
  if (crossover === null) return `Sparse never won here: even at ${sparsityLabel(top.sparsity)} zeros the dense product was faster.`;
  if (crossover <= points[0].sparsity) return 'Sparse won at every level here, even with no zeros, where both do the same multiply-adds and sparse also reads indices: in plain JavaScript those reads cost little on this device. Measure again to see whether it holds.';
  return `Sparse starts to win from about ${sparsityLabel(crossover)} zeros; below that, multiplying by the zeros is cheaper than skipping them.`;
}

interface Props {
  size: number;
  points: readonly TimingPoint[];
  crossover: number | null;
  finished: boolean;
  width?: number;
}

/** The timing chart, its legend, the table of numbers and the verdict; pure, renders on the server too. */
export function DenseVsSparseView({ size, points, crossover, finished, width = 720 }: Props) {
  const summary = points.map((point) => `at ${sparsityLabel(point.sparsity)} zeros dense ${formatNs(point.denseNs)} ns, sparse ${formatNs(point.sparseNs)} ns`).join('; ');
  const label = `Time per useful multiply-add for a ${size} by ${size} layer, dense against sparse (CSR), by sparsity. ${summary ? `${summary}. ` : ''}${verdict(points, crossover, finished)}`;
  return (
    <div className="dvs">
      <p className="legend" aria-hidden="true">
        <span className="legend-item"><span className="legend-line dvs-dense" /> dense (plain typed arrays, every entry)</span>
        <span className="legend-item"><span className="legend-line dvs-sparse" /> sparse (CSR, non-zeros only)</span>
      </p>
      <TimingChart points={points} crossover={crossover} width={width} label={label} />
      <p className="dvs-verdict">{verdict(points, crossover, finished)}</p>
      {points.length === 0 ? null : (
      <table className="dvs-table">
        <caption className="visually-hidden">Nanoseconds per useful multiply-add, by sparsity</caption>
        <thead>
          <tr><th scope="col">Zeros</th><th scope="col">Useful mult-adds</th><th scope="col">Dense, ns</th><th scope="col">Sparse, ns</th><th scope="col">Sparse speed-up</th></tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.sparsity}>
              <th scope="row">{sparsityLabel(point.sparsity)}</th>
              <td>{formatCount(point.nonZeros)}</td>
              <td>{formatNs(point.denseNs)}</td>
              <td>{formatNs(point.sparseNs)}</td>
              <td>{speedup(point)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </div>
  );
}
