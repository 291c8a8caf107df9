'use client';

import { useCallback, useMemo, useState } from 'react';
import { decodeSamples, drawnCurve, drawnSampleCount, drawnSampleX, encodeSamples, quantiseSample } from '@/lib/data/curveTargets';
import type { State } from './model';

/**
 * The drawing's state: the samples the surface edits (the drawing, or the picked target read
 * at the sample points, so a stroke starts from the curve on screen), a stroke in progress, and
 * the point the keyboard is on. Keeping a stroke changes the target to the drawing.
 */
export function useDrawing(state: State, f: (x: number) => number, update: (changes: Partial<State>) => void) {
  const samples = useMemo(() => {
    if (state.target === 'drawn') return decodeSamples(state.drawing) ?? [];
    return Array.from({ length: drawnSampleCount }, (_, index) => quantiseSample(f(drawnSampleX(index))));
  }, [state.target, state.drawing, f]);
  const [draft, setDraft] = useState<number[] | null>(null);
  const [cursor, setCursor] = useState(Math.floor(drawnSampleCount / 2));
  const [active, setActive] = useState(false);
  const commit = useCallback((values: number[]) => {
    setDraft(null);
    update({ target: 'drawn', drawing: encodeSamples(values) });
  }, [update]);
  const select = useCallback((index: number | null) => {
    setActive(index !== null);
    if (index !== null) setCursor(index);
  }, []);
  const draftCurve = useMemo(() => (draft ? drawnCurve(draft) : null), [draft]);
  return {
    /** What the surface edits and the plot marks. */
    samples: draft ?? samples,
    /** The target to draw while a stroke is under way. */
    draftCurve,
    cursor,
    selected: active ? cursor : null,
    /** Whether the plot should show the sample dots (a drawing, or a stroke, or the keyboard on them). */
    showSamples: state.target === 'drawn' || draft !== null || active,
    setDraft,
    commit,
    select,
  };
}
