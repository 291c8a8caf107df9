import type { FitError } from '@/lib/analysis/shallowNetwork';
import type { WidgetReport, WidgetStatus } from '../report';
import type { State, TargetModel } from './model';
import type { Shown } from './useUniversal';

/** A number for a data-* attribute: finite and rounded to 4 significant digits, or null (left out). */
function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? Number(value.toPrecision(4)) : null;
}

/**
 * The frame's report: the width and target, the error of the fit shown now (and whether it was
 * constructed or trained), the constructed and trained errors at this width, and the step.
 */
export function universalReport(state: State, model: TargetModel, shown: Shown, trained: Record<number, FitError>, status: WidgetStatus, backend: string | undefined): WidgetReport {
  const index = Math.min(state.units, model.constructed.length) - 1;
  return {
    status,
    backend,
    numbers: {
      units: state.units,
      target: state.target,
      drawing: state.target === 'drawn' ? state.drawing : null,
      seed: state.seed,
      method: shown.method,
      step: shown.step,
      maxError: finite(shown.error.maxError),
      rmsError: finite(shown.error.rmsError),
      constructedMaxError: finite(model.constructedErrors[index].maxError),
      trainedMaxError: finite(trained[state.units]?.maxError),
      trainedWidths: Object.keys(trained).join(' ') || null,
    },
  };
}
