import { memo, type ReactNode } from 'react';
import { MatrixView } from '@/components/charts/MatrixView';
import { formatCount } from '../format';
import type { Factorisation } from './factorisation';

/** The cell size that keeps the largest of the three pictures within `space` pixels. */
function cellSizeFor(n: number, k: number, m: number, space: number): number {
  return Math.min(8, space / Math.max(n, m, k));
}

/** Twice the root mean square of the entries: the colour scale's end, so typical entries show. */
function colourScale(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value * value;
  return 2 * Math.sqrt(sum / Math.max(1, values.length));
}

/**
 * The factorised matrix of the aside: a random A (n × k) times B (k × m) gives C = A·B with
 * n·m entries from n·k + k·m parameters, and rank at most k, computed here, not assumed.
 */
export const FactorisationPanel = memo(function FactorisationPanel({ result, width, controls, pictures = true }: { result: Factorisation; width: number; controls?: ReactNode; pictures?: boolean }) {
  const { n, m, k } = result;
  const cell = cellSizeFor(n, k, m, Math.min(220, width * 0.42));
  const ratio = result.denseParameters / result.factorParameters;
  const saving = ratio > 1
    ? `C has ${ratio.toFixed(ratio < 10 ? 1 : 0)}× more entries than A and B together.`
    : `Here the factors cost ${(1 / ratio).toFixed(1)}× more than C itself: factorising saves only when k is small.`;
  return (
    <section className="factorisation" aria-labelledby="factorisation-title">
      <h3 id="factorisation-title" className="panel-title">When we want the collapse: C = A·B on purpose</h3>
      {controls}
      {pictures ? <div className="factorisation-pictures">
        <figure>
          <MatrixView values={result.a} rows={n} columns={k} cellSize={cell} minimumSide={14} scale={colourScale(result.a)} label={`A, ${n} by ${k}, random normal entries`} />
          <figcaption>A: {n}×{k}</figcaption>
        </figure>
        <span className="matrix-operator" aria-hidden="true">·</span>
        <figure>
          <MatrixView values={result.b} rows={k} columns={m} cellSize={cell} minimumSide={14} scale={colourScale(result.b)} label={`B, ${k} by ${m}, random normal entries`} />
          <figcaption>B: {k}×{m}</figcaption>
        </figure>
        <span className="matrix-operator" aria-hidden="true">=</span>
        <figure>
          <MatrixView values={result.product} rows={n} columns={m} cellSize={cell} minimumSide={14} scale={colourScale(result.product)} label={`C = A·B, ${n} by ${m}, of rank ${result.rank}`} />
          <figcaption>C: {n}×{m}</figcaption>
        </figure>
      </div> : null}
      <dl className="readouts" aria-live="polite">
        <div><dt>A and B store</dt><dd>{n}·{k} + {k}·{m} = {formatCount(result.factorParameters)}</dd></div>
        <div><dt>C has</dt><dd>{n}·{m} = {formatCount(result.denseParameters)}</dd></div>
        <div><dt>rank of C</dt><dd>{result.rank} (at most k = {k})</dd></div>
      </dl>
      <p className="widget-note">{saving} Every row of C is a mix of the {k} row{k === 1 ? '' : 's'} of B, so C can never have rank above {k}.</p>
    </section>
  );
});
