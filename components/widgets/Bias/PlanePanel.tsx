import { DecisionField, type FieldPoint } from '@/components/charts/DecisionField';
import type { Project } from '@/components/charts/fieldGeometry';
import { planeGrid } from './config';
import { boundaryNote, formatProbability, formatValue, sigmoid } from './format';
import type { BiasState } from './readout';

export interface PlaneReadout {
  grid: { resolution: number; values: Float32Array } | null;
  accuracy: number | null;
  /** The logit at the origin, from the probe; null before the first snapshot. */
  originLogit: number | null;
}

/** The diagonal through both cluster centres, and the origin it starts from. */
function originOverlay(project: Project) {
  const [ox, oy] = project(0, 0);
  const [ex, ey] = project(planeGrid.xMax, planeGrid.yMax);
  return (
    <g className="bias-origin">
      <line x1={ox} y1={oy} x2={ex} y2={ey} stroke="var(--muted)" strokeDasharray="3 5" strokeWidth={1.2} />
      <circle cx={ox} cy={oy} r={6} fill="none" stroke="var(--text)" strokeWidth={2} />
      <circle cx={ox} cy={oy} r={1.8} fill="var(--text)" />
      <text x={ox + 9} y={oy + 16} className="bias-origin-label">origin (0, 0)</text>
    </g>
  );
}

/** Panel 2: two-pixel images in the plane, and where the network's ½ boundary can go. */
export function PlanePanel({ state, readout, points, width }: { state: BiasState; readout: PlaneReadout; points: readonly FieldPoint[]; width: number }) {
  const origin = readout.originLogit;
  const accuracy = readout.accuracy === null ? '–' : `${(100 * readout.accuracy).toFixed(1)}%`;
  const label = `Decision field of the same network on ${points.length} two-pixel images, dark ones around (0.2, 0.2) and bright ones around (0.8, 0.8), ${state.on ? 'with' : 'without'} biases: training accuracy ${accuracy}; at the origin the logit is ${origin === null ? 'not computed yet' : formatValue(origin)}.`;
  return (
    <section className="bias-panel" aria-labelledby="bias-plane-title">
      <h3 className="bias-panel-title" id="bias-plane-title">Two-pixel images in the plane</h3>
      <p className="legend" aria-hidden="true">
        <span className="bias-legend-item"><span className="bias-dot bias-dot-a" /> dark (label 0)</span>
        <span className="bias-legend-item"><span className="bias-dot bias-dot-b" /> bright (label 1)</span>
        <span className="bias-legend-item"><span className="legend-line bias-legend-boundary" /> p = ½ boundary</span>
      </p>
      <DecisionField
        box={planeGrid}
        grid={readout.grid}
        points={points}
        width={Math.min(width, 420)}
        label={label}
        overlay={originOverlay}
        xLabel="pixel 1"
        yLabel="pixel 2"
      />
      <p className="bias-note" aria-live="polite">{boundaryNote(state.activation, state.on)}</p>
      {readout.accuracy === null ? null : (
        <dl className="readouts">
          <div><dt>training accuracy</dt><dd>{accuracy}</dd></div>
          <div><dt>logit at the origin</dt><dd>{origin === null ? '–' : origin === 0 ? '0 (exactly)' : formatValue(origin)}</dd></div>
          <div><dt>p at the origin</dt><dd>{origin === null ? '–' : formatProbability(sigmoid(origin))}</dd></div>
        </dl>
      )}
    </section>
  );
}
