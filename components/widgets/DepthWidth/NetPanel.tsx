import { memo } from 'react';
import { RegionMap } from '@/components/charts/RegionMap';
import { CurvePlot } from './CurvePlot';
import { box, formatCount, formatLoss, type Architecture, type CurveAnalysis, type MapAnalysis } from './model';

/** What the live widget knows of one net: its analysis now and at step 0, and its loss. */
export interface NetReadings {
  current: CurveAnalysis | MapAnalysis | null;
  initial: CurveAnalysis | MapAnalysis | null;
  loss: number | undefined;
}

const names = { wide: 'Shallow and wide', deep: 'Deep and narrow' } as const;
const colours = { wide: '--class-a', deep: '--class-b' } as const;

/** How the maximum beside the count is defined, in the widget's own letters. */
function maximumLabel({ kind, inputSize, widths }: Architecture): string {
  if (kind === 'wide') return inputSize === 1 ? 'most possible, n + 1' : 'most possible, 1 + n + n(n−1)/2';
  if (widths[0] === 1) return 'upper bound, 2ᴸ';
  return inputSize === 1 ? 'upper bound, (m + 1)ᴸ' : 'upper bound, (1 + m + m(m−1)/2)ᴸ';
}

/** "1 layer × 32 units" or "4 layers × 5 units". */
export function shapeText({ widths }: Architecture): string {
  return `${widths.length} layer${widths.length > 1 ? 's' : ''} × ${widths[0]} unit${widths[0] > 1 ? 's' : ''}`;
}

function isCurve(analysis: CurveAnalysis | MapAnalysis | null): analysis is CurveAnalysis {
  return analysis !== null && 'polyline' in analysis;
}

/** One net: its shape and budget, its function (1-D) or region map (2-D), and its counts. */
export const NetPanel = memo(function NetPanel({ architecture, readings, width }: { architecture: Architecture; readings: NetReadings | null; width: number }) {
  const { kind, inputSize, parameters, maxRegions, widths } = architecture;
  const current = readings?.current ?? null;
  const initial = readings?.initial ?? null;
  const regionText = current ? `${current.regions.toLocaleString('en')}${'truncated' in current && current.truncated ? '+' : ''}` : '—';
  const where = inputSize === 1 ? 'on [−1, 1]' : 'in the box [−1, 1]²';
  const counted = `Linear regions ${where}, counted exactly`;
  const label = `${names[kind]} net, ${shapeText(architecture)}, ${parameters} parameters: ${regionText} linear regions ${where} now, ${initial ? initial.regions : '—'} at initialisation, ${maximumLabel(architecture)} ${formatCount(maxRegions)}; training loss ${formatLoss(readings?.loss)}.`;
  const colour = `var(${colours[kind]})`;
  return (
    <section className={`dw-net dw-net-${kind}`} aria-label={`${names[kind]} net`}>
      <p className="dw-net-title">
        <span className="dw-swatch" style={{ background: colour }} aria-hidden="true" />
        <strong>{names[kind]}</strong> <span>{shapeText(architecture)} · {parameters.toLocaleString('en')} parameters</span>
      </p>
      {inputSize === 1 ? (
        <CurvePlot current={isCurve(current) ? current : null} initial={isCurve(initial) ? initial : null} colour={colour} width={width} label={label} />
      ) : (
        <RegionMap box={box} regions={current && !isCurve(current) ? current.polygons : null} colour={colours[kind]} width={width} label={label} />
      )}
      <dl className="readouts dw-readouts">
        <div><dt>{counted}</dt><dd>{regionText}</dd></div>
        <div><dt>at initialisation</dt><dd>{initial ? initial.regions.toLocaleString('en') : '—'}</dd></div>
        <div><dt>{maximumLabel(architecture)}</dt><dd>{formatCount(maxRegions)}</dd></div>
        {kind === 'deep' && inputSize === 1 && widths[0] >= 2 ? (
          <div><dt>reachable: the sawtooth, 2ᴸ</dt><dd>{formatCount(2 ** widths.length)}</dd></div>
        ) : null}
        <div><dt>Loss (mean squared error)</dt><dd>{formatLoss(readings?.loss)}</dd></div>
      </dl>
    </section>
  );
});
