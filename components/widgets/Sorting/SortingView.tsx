import { stateAt, tauAtHalf, type SortTrace } from '@/lib/analysis/sortingTraces';
import type { StateOf } from '@/lib/url/schema';
import { formatCount } from '../format';
import { SortBars } from './SortBars';
import { TauChart } from './TauChart';
import type { sortingSchema } from './state';

type State = StateOf<typeof sortingSchema>;

export interface SortingRace {
  traces: { comparison: SortTrace; radix: SortTrace };
  steps: { comparison: number; radix: number };
}

const comparisonNames = { insertion: 'Insertion sort', merge: 'Merge sort' } as const;

/** The two sorts' display names for a state. */
export function sortNames(state: State) {
  return { comparison: comparisonNames[state.comparison], radix: `LSD radix sort, base ${state.base}`, radixShort: `Radix, base ${state.base}` };
}

interface Panel {
  key: 'comparison' | 'radix';
  name: string;
  /** The name in the table, short enough for a phone. */
  short: string;
  trace: SortTrace;
  steps: number;
  colour: string;
}

/** τ with two decimals, never "-0.00" nor NaN. */
export function formatTau(tau: number | undefined): string {
  if (tau === undefined || !Number.isFinite(tau)) return '–';
  return Math.abs(tau) < 0.005 ? '0.00' : tau.toFixed(2);
}

function describe({ name, trace, steps }: Panel): string {
  const total = trace.indices.length;
  const tau = formatTau(trace.tau[steps]);
  return `${name}: ${formatCount(steps)} of ${formatCount(total)} writes, Kendall τ ${tau}${steps >= total ? ', sorted' : ''}`;
}

function SortPanel({ panel }: { panel: Panel }) {
  const { name, trace, steps, colour } = panel;
  const total = trace.indices.length;
  const array = stateAt(trace, steps);
  const pass = trace.passEnds.length > 0 ? Math.min(trace.passEnds.filter((end) => end <= steps).length + 1, trace.passEnds.length) : null;
  return (
    <figure className="sorting-panel">
      <figcaption>
        <span className="sorting-swatch" style={{ background: colour }} aria-hidden="true" />
        <strong>{name}</strong>
        <span className="sorting-count">
          {steps >= total ? `sorted after ${formatCount(total)} writes` : `${formatCount(steps)} / ${formatCount(total)} writes${pass === null ? '' : ` · pass ${pass} of ${trace.passEnds.length}`}`}
        </span>
      </figcaption>
      <SortBars array={array} written={steps > 0 && steps <= total ? trace.indices[steps - 1] : null} label={describe(panel)} colour={colour} />
    </figure>
  );
}

/** The race at one moment: both arrays as bars, τ over each run, and the numbers; pure, renders on the server too. */
export function SortingView({ state, race, width = 720 }: { state: State; race: SortingRace; width?: number }) {
  const names = sortNames(state);
  const panels: Panel[] = [
    { key: 'comparison', name: names.comparison, short: names.comparison, trace: race.traces.comparison, steps: race.steps.comparison, colour: 'var(--class-b)' },
    { key: 'radix', name: names.radix, short: names.radixShort, trace: race.traces.radix, steps: race.steps.radix, colour: 'var(--class-a)' },
  ];
  const halves = panels.map((panel) => tauAtHalf(panel.trace));
  const chartLabel = `Kendall τ against the share of each sort's writes done. ${panels.map(describe).join('. ')}. Halfway through its writes, ${panels.map((panel, index) => `${panel.name} has τ ${formatTau(halves[index])}`).join(' and ')}.`;
  return (
    <div className="sorting">
      <div className="sorting-panels">
        {panels.map((panel) => (
          <SortPanel key={panel.key} panel={panel} />
        ))}
      </div>
      <p className="legend sorting-legend" aria-hidden="true">
        <span className="legend-item"><span className="legend-line" /> {names.comparison}</span>
        <span className="legend-item"><span className="legend-line sorting-legend-radix" /> {names.radix}</span>
        {race.traces.radix.passEnds.length > 1 ? <span className="legend-item">dotted lines: where a radix pass begins</span> : null}
      </p>
      <TauChart series={panels.map((panel, index) => ({ trace: panel.trace, steps: panel.steps, colour: panel.colour, dash: index === 1 ? '7 4' : undefined }))} width={width} label={chartLabel} />
      <table className="sorting-table">
        <caption className="visually-hidden">Writes and order of both sorts</caption>
        <thead>
          <tr><th scope="col">Sort</th><th scope="col">Writes</th><th scope="col">τ now</th><th scope="col">τ halfway</th></tr>
        </thead>
        <tbody>
          {panels.map((panel, index) => (
            <tr key={panel.key}>
              <th scope="row"><span className="sorting-swatch" style={{ background: panel.colour }} aria-hidden="true" />{panel.short}</th>
              <td>{formatCount(panel.steps)} / {formatCount(panel.trace.indices.length)}</td>
              <td>{formatTau(panel.trace.tau[panel.steps])}</td>
              <td>{formatTau(halves[index])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
