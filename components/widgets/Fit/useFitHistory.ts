'use client';

import { useMemo, useRef } from 'react';
import type { CurvePoint } from '@/lib/analysis/fitRegime';
import type { Snapshot } from '@/lib/nn/session.types';

/** Points kept per run; past this every other old point is dropped, so drawing stays cheap. */
const MAX_POINTS = 600;

interface History {
  points: CurvePoint[];
  last: Snapshot | null;
}

/** Halves the points, keeping the first and the most recent. */
function thin(points: CurvePoint[]): CurvePoint[] {
  return points.filter((_, index) => index % 2 === 0 || index === points.length - 1);
}

/**
 * The run's curves so far, one point per snapshot. A snapshot at a step no later than the last
 * one starts a new run (reset, new data or net). A diverged snapshot adds nothing: its losses
 * are the float32 maximum, a stand-in, not a measurement.
 */
export function useFitHistory(snapshot: Snapshot | null): CurvePoint[] {
  const history = useRef<History>({ points: [], last: null });
  return useMemo(() => {
    const kept = history.current;
    if (!snapshot || snapshot === kept.last) return kept.points;
    if (kept.last && snapshot.step < kept.last.step) kept.points = [];
    kept.last = snapshot;
    if (snapshot.status === 'diverged' || snapshot.trainAccuracy === null || snapshot.validationAccuracy === null) return kept.points;
    const point: CurvePoint = {
      step: snapshot.step,
      trainLoss: snapshot.trainLoss,
      validationLoss: snapshot.validationLoss,
      trainAccuracy: snapshot.trainAccuracy,
      validationAccuracy: snapshot.validationAccuracy,
    };
    const previous = kept.points.at(-1);
    const points = previous && previous.step === point.step ? [...kept.points.slice(0, -1), point] : [...kept.points, point];
    kept.points = points.length > MAX_POINTS ? thin(points) : points;
    return kept.points;
  }, [snapshot]);
}
