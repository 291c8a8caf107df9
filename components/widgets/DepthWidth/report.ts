import type { Trainer } from '@/components/hooks/useTrainer';
import type { WidgetReport, WidgetStatus } from '../report';
import type { Architecture, NetKind, State } from './model';
import type { NetReadings } from './NetPanel';
import type { SawtoothAnalysis } from './sawtooth';

/** A number for a data-* attribute: finite and rounded, or null (left out). */
function finite(value: number | undefined, digits = 6): number | null {
  return value !== undefined && Number.isFinite(value) ? Number(value.toPrecision(digits)) : null;
}

/**
 * The frame's report: status and backend of the pair of trainers, and the headline numbers
 * the tests read (regions now and at step 0, maxima, parameters, losses, the sawtooth).
 */
export function depthWidthReport(
  state: State,
  sawtooth: SawtoothAnalysis,
  nets: Record<NetKind, Architecture>,
  readings: Record<NetKind, NetReadings>,
  status: WidgetStatus,
  backend: string | undefined,
  trainers: Record<NetKind, Trainer>,
): WidgetReport {
  const numbers: Record<string, number | string | null> = {
    sawtoothK: state.k,
    sawtoothPieces: sawtooth.pieces,
    sawtoothBreakpoints: sawtooth.breakpoints.length,
    inputs: Number(state.inputs),
    seed: state.seed,
    widthWide: state.width,
    depthDeep: state.depth,
    widthDeep: nets.deep.widths[0],
  };
  for (const kind of ['wide', 'deep'] as const) {
    const suffix = kind === 'wide' ? 'Wide' : 'Deep';
    numbers[`params${suffix}`] = nets[kind].parameters;
    numbers[`maxRegions${suffix}`] = nets[kind].maxRegions;
    numbers[`regions${suffix}`] = readings[kind].current?.regions ?? null;
    numbers[`regions${suffix}Initial`] = readings[kind].initial?.regions ?? null;
    numbers[`loss${suffix}`] = finite(readings[kind].loss);
    numbers[`step${suffix}`] = trainers[kind].snapshot?.step ?? null;
  }
  return { status, backend, numbers };
}
