import type { ReactNode } from 'react';
import { hingePosition, type FitError } from '@/lib/analysis/shallowNetwork';
import { ErrorChart } from './ErrorChart';
import { FitPlot } from './FitPlot';
import { drawNet, formatError, targetModel, type NetDrawing, type State } from './model';
import { universalSchema } from './state';
import type { Shown } from './useUniversal';

interface Props {
  state: State;
  width?: number;
  /** The target to draw (a stroke in progress, or the state's target); the state's by default. */
  f?: (x: number) => number;
  shown?: Shown;
  net?: NetDrawing;
  trained?: Record<number, FitError>;
  samples?: readonly number[] | null;
  selected?: number | null;
  /** The live widget's controls and drawing surface; the server poster has none. */
  controls?: ReactNode;
  drawSurface?: ReactNode;
}

const methodText = { constructed: 'constructed: hinges placed greedily, output layer by least squares', trained: 'trained: all weights by Adam on squared error' } as const;

/** The fit, its units' hinges, and max error against width, for one state; pure, so also the poster. */
export function UniversalView({ state, width = 720, f: givenF, shown: givenShown, net: givenNet, trained = {}, samples = null, selected = null, controls, drawSurface }: Props) {
  const model = targetModel(state.target, state.drawing);
  const f = givenF ?? model.f;
  const index = Math.min(state.units, model.constructed.length) - 1;
  const shown = givenShown ?? { method: 'constructed' as const, weights: model.constructed[index], error: model.constructedErrors[index], step: 0 };
  const net = givenNet ?? drawNet(shown.weights);
  // A constructed fit keeps its earlier hinges, so its last unit is the one just added.
  const newest = shown.method === 'constructed' ? net.contributions.length - 1 : null;
  const wide = width >= 760;
  const fitWidth = wide ? Math.round(width * 0.6) : width;
  const errorWidth = wide ? width - fitWidth - 24 : width;
  const target = universalSchema.target.optionLabels[state.target];
  const trainedHere = trained[state.units];
  const newestHinge = newest !== null ? hingePosition(shown.weights, newest) : null;
  const newestText = newestHinge !== null ? `, the unit added last bending at x = ${newestHinge.toFixed(2)}` : '';
  const fitLabel = `${target} target on [−1, 1] and a one-hidden-layer ReLU net with ${state.units} unit${state.units > 1 ? 's' : ''}, ${shown.method}: ${net.hinges.length} hinges inside the interval${newestText}; max error ${formatError(shown.error.maxError)}, RMS error ${formatError(shown.error.rmsError)}.`;
  const errorLabel = `Max error against width for the ${target.toLowerCase()} target: constructed fits fall from ${formatError(model.constructedErrors[0].maxError)} with 1 unit to ${formatError(model.constructedErrors.at(-1)?.maxError)} with ${model.constructedErrors.length}; trained widths: ${Object.entries(trained).map(([n, error]) => `${n} units, ${formatError(error.maxError)}`).join('; ') || 'none yet'}.`;
  return (
    <div className="universal">
      {controls}
      <div className="uv-figures">
        <section className="uv-part" aria-label="The fit, unit by unit" style={{ width: fitWidth }}>
          <p className="uv-title"><strong>N(x) with {state.units} unit{state.units > 1 ? 's' : ''}</strong>, {methodText[shown.method]}</p>
          <div className="uv-plot-wrap">
            <FitPlot f={f} net={net} width={fitWidth} label={fitLabel} samples={samples} selected={selected} newest={newest} />
            {drawSurface}
          </div>
          <p className="legend uv-legend" aria-hidden="true">
            <span><span className="legend-line uv-legend-target" /> target f(x)</span>
            <span><span className="legend-line uv-legend-sum" /> net N(x), the sum</span>
            <span><span className="legend-line uv-legend-unit" /> each unit v·ReLU(wx + b)</span>
            {newest !== null ? <span><span className="legend-line uv-legend-newest" /> the unit added last</span> : null}
            <span><span className="uv-legend-hinge" /> a hinge</span>
          </p>
          {drawSurface ? <p className="uv-hint">Drag across the plot to draw your own target, or focus it (Tab) and use ← → to pick a point, ↑ ↓ to move it.</p> : null}
        </section>
        <section className="uv-part" aria-label="Error against width" style={{ width: errorWidth }}>
          <p className="uv-title"><strong>Error against width</strong></p>
          <ErrorChart constructed={model.constructedErrors} trained={trained} units={state.units} width={errorWidth} height={wide ? Math.round(Math.min(320, Math.max(230, fitWidth * 0.5))) : 210} label={errorLabel} />
          <p className="legend uv-legend" aria-hidden="true">
            <span><span className="legend-line uv-legend-constructed" /> constructed, every n</span>
            <span><span className="uv-legend-square" /> trained (press Train at each n)</span>
          </p>
        </section>
      </div>
      <p className="uv-note">
        What this shows, and what it does not: for a continuous f on a bounded interval, some finite width gets within any ε of it everywhere; the theorem does not say how many units that takes, nor that training finds them (compare the squares with the line). The step is not continuous: no width brings its max error below half the jump, 0.6. And width matters: a ReLU net one unit wide is monotone however deep, so not universal; width d<sub>in</sub> + 1 suffices.
      </p>
      <dl className="readouts">
        <div><dt>Hidden units</dt><dd>{state.units}</dd></div>
        <div><dt>Max error now</dt><dd>{formatError(shown.error.maxError)}</dd></div>
        <div><dt>RMS error now</dt><dd>{formatError(shown.error.rmsError)}</dd></div>
        <div><dt>Constructed, max error</dt><dd>{formatError(model.constructedErrors[index].maxError)}</dd></div>
        <div><dt>Trained, max error</dt><dd>{formatError(trainedHere?.maxError)}</dd></div>
      </dl>
    </div>
  );
}
