'use client';

import { useState } from 'react';
import type { Snapshot } from '@/lib/nn/session.types';

export interface LossPoint {
  step: number;
  loss: number;
}

/**
 * The training loss at every snapshot of the current run (at most one per frame). A snapshot
 * with a smaller step than the last one (a reset or a new run) starts a new history.
 */
export function useLossHistory(snapshot: Snapshot | null): LossPoint[] {
  const [history, setHistory] = useState<{ source: Snapshot | null; points: LossPoint[] }>({ source: null, points: [] });
  if (snapshot !== history.source) {
    // Derived during render (React's documented pattern for state that follows a prop).
    const last = history.points.at(-1);
    let points = history.points;
    if (!snapshot) points = [];
    else if (!last || snapshot.step < last.step) points = [{ step: snapshot.step, loss: snapshot.trainLoss }];
    else if (snapshot.step > last.step) points = [...points, { step: snapshot.step, loss: snapshot.trainLoss }];
    else points = [...points.slice(0, -1), { step: snapshot.step, loss: snapshot.trainLoss }];
    setHistory({ source: snapshot, points });
  }
  return history.points;
}
