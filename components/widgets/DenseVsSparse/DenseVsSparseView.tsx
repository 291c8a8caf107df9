import { bestDenseNs, type TimingPoint } from '@/lib/analysis/sparseTiming';
import { formatCount } from '../format';
import { TimingChart, sparsityLabel } from './TimingChart';

/** Nanoseconds with three significant figures, or a dash; never NaN. */
export function formatNs(value: number | null | undefined): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}

/** How many times faster CSR is than the faster dense product at a point ("0.21×" means slower). */
function speedup(point: TimingPoint): string {
  const ratio = bestDenseNs(point) / point.sparseNs;
  return Number.isFinite(ratio) ? `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}×` : '–';
}

/** The crossovers: against the faster dense product, typed arrays alone, and the library alone. */
export interface Crossovers {
  best: number | null;
  typed: number | null;
  library: number | null;
}

/** The sentence that states the outcome, once every level is timed. */
export function verdict(points: readonly TimingPoint[], crossover: number | null, finished: boolean, poster = false): string {
  if (poster) return 'No timing yet: the products are timed on your own device, so this chart fills in when the page runs with JavaScript.';
  if (!finished) return points.length === 0 ? 'No timing yet: press Measure to time the products on this device.' : `Timed ${points.length} sparsity levels so far…`;
  const top = points[points.length - 1];
  if (crossover === null) return `Sparse never won here: even at ${sparsityLabel(top.sparsity)} zeros a dense product was faster.`;
  if (crossover <= points[0].sparsity) return 'Sparse won at every level here, even with no zeros, where all do the same multiply-adds and sparse also reads indices: those reads cost little on this device. Measure again to see whether it holds.';
  return `Sparse starts to win from about ${sparsityLabel(crossover)} zeros against the faster dense product; below that, multiplying by the zeros is cheaper than skipping them.`;
}

/** "from 37.2%" or "never": one crossover as the comparison line prints it. */
const from = (crossover: number | null) => (crossover === null ? 'never' : `from ${sparsityLabel(crossover)}`);

interface Props {
  size: number;
  points: readonly TimingPoint[];
  crossovers: Crossovers;
  /** The tfjs backend of the library's product, null when it was not timed. */
  library: string | null;
  finished: boolean;
  width?: number;
  /** The server-rendered poster, seen without JavaScript: no Measure button to point at. */
  poster?: boolean;
}

/** The timing chart, its legend, the table of numbers and the verdict; pure, renders on the server too. */
export function DenseVsSparseView({ size, points, crossovers, library, finished, width = 720, poster = false }: Props) {
  const timed = library !== null && points.some((point) => point.libraryNs !== null);
  const summary = points.map((point) => `at ${sparsityLabel(point.sparsity)} zeros typed dense ${formatNs(point.denseNs)} ns,${timed ? ` tfjs ${formatNs(point.libraryNs)} ns,` : ''} sparse ${formatNs(point.sparseNs)} ns`).join('; ');
  const label = `Time per useful multiply-add for a ${size} by ${size} layer, dense against sparse (CSR), by sparsity. ${summary ? `${summary}. ` : ''}${verdict(points, crossovers.best, finished, poster)}`;
  return (
    <div className="dvs">
      <p className="legend" aria-hidden="true">
        <span className="legend-item"><span className="legend-line dvs-dense" /> dense, plain typed arrays</span>
        <span className="legend-item"><span className="legend-line dvs-library" /> dense, tfjs matMul{library ? ` (${library})` : ''}</span>
        <span className="legend-item"><span className="legend-line dvs-sparse" /> sparse (CSR, non-zeros only)</span>
      </p>
      <TimingChart points={points} crossover={crossovers.best} width={width} label={label} />
      <p className="dvs-verdict">{verdict(points, crossovers.best, finished, poster)}</p>
      {finished && timed ? (
        <p className="dvs-compare">Sparse beats typed arrays {from(crossovers.typed)} zeros, and tfjs matMul on {library} {from(crossovers.library)}.</p>
      ) : null}
      {points.length === 0 ? null : (
        <table className="dvs-table">
          <caption className="visually-hidden">Nanoseconds per useful multiply-add, by sparsity</caption>
          <thead>
            <tr>
              <th scope="col">Zeros</th><th scope="col">Useful mult-adds</th><th scope="col">Typed dense, ns</th>
              {timed ? <th scope="col">tfjs dense, ns</th> : null}
              <th scope="col">Sparse, ns</th><th scope="col">Sparse speed-up</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.sparsity}>
                <th scope="row">{sparsityLabel(point.sparsity)}</th>
                <td>{formatCount(point.nonZeros)}</td>
                <td>{formatNs(point.denseNs)}</td>
                {timed ? <td>{formatNs(point.libraryNs)}</td> : null}
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
