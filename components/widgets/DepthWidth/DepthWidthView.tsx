import type { ReactNode } from 'react';
import { architectures, type Architecture, type NetKind, type State } from './model';
import { NetPanel, type NetReadings } from './NetPanel';
import { analyseSawtooth, type SawtoothAnalysis } from './sawtooth';
import { SawtoothPlot } from './SawtoothPlot';

interface Props {
  state: State;
  /** The sawtooth's analysis for state.k, when the caller has it already. */
  sawtooth?: SawtoothAnalysis;
  /** architectures(state), when the caller has it already (kept stable, so panels can skip renders). */
  nets?: Record<NetKind, Architecture>;
  width?: number;
  /** The live widget's controls for each part; the server poster has none. */
  sawtoothControls?: ReactNode;
  budgetControls?: ReactNode;
  /** Each net's readings once it is loaded; null in the poster. */
  readings?: Record<NetKind, NetReadings | null>;
}

/** Both parts of the depth-versus-width demo for one state; pure, so it is also the poster. */
export function DepthWidthView({ state, sawtooth: given, nets: givenNets, width = 720, sawtoothControls, budgetControls, readings }: Props) {
  const sawtooth = given?.k === state.k ? given : analyseSawtooth(state.k);
  const nets = givenNets ?? architectures(state);
  const side = width >= 620 ? Math.floor((width - 24) / 2) : width;
  return (
    <div className="depth-width">
      <section className="dw-part" aria-label="Depth folds the line">
        <p className="dw-heading"><strong>Depth folds the line.</strong> Each layer of 2 ReLUs computes the tent map t and folds [0, 1] onto itself, doubling the pieces.</p>
        {sawtoothControls}
        <SawtoothPlot analysis={sawtooth} width={width} />
        <dl className="readouts">
          <div><dt>Linear pieces counted</dt><dd>{sawtooth.pieces.toLocaleString('en')}</dd></div>
          <div><dt>2ᵏ</dt><dd>{(2 ** state.k).toLocaleString('en')}</dd></div>
          <div><dt>Hidden units used, 2k</dt><dd>{2 * state.k}</dd></div>
          <div><dt>One layer would need at least 2ᵏ − 1</dt><dd>{(2 ** state.k - 1).toLocaleString('en')}</dd></div>
        </dl>
      </section>
      <section className="dw-part" aria-label="The same budget spent on width or on depth">
        <p className="dw-heading"><strong>The same budget, spent on width or on depth.</strong> Both nets have about as many parameters and learn the same target (grey) by full-batch Adam.</p>
        {budgetControls}
        <p className="dw-note">
          Width adds regions polynomially: one layer of n units on d inputs has at most Σ<sub>j≤d</sub> C(n, j) = Θ(n<sup>d</sup>), quadratic only when d = 2. Depth can multiply them, exponentially in L. Trained nets sit far below both maxima (Hanin &amp; Rolnick 2019).
        </p>
        <div className="dw-nets">
          <NetPanel architecture={nets.wide} readings={readings?.wide ?? null} width={side} />
          <NetPanel architecture={nets.deep} readings={readings?.deep ?? null} width={side} />
        </div>
        <p className="legend dw-legend" aria-hidden="true">
          {state.inputs === '1' ? (
            <>
              <span className="dw-legend-item"><span className="legend-line dw-legend-target" /> target f(x)</span>
              <span className="dw-legend-item"><span className="legend-line dw-legend-now" /> net now, dots at its bends</span>
              <span className="dw-legend-item"><span className="legend-line dw-legend-start" /> net at initialisation</span>
            </>
          ) : (
            <>Each shade is one activation pattern, so one linear region; its edges are where some ReLU switches. The regions are found exactly, by cutting the box along every unit’s line, layer by layer.</>
          )}
        </p>
      </section>
    </div>
  );
}
