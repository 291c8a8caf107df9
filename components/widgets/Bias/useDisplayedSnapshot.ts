'use client';

import { useEffect, useRef, useState } from 'react';
import type { Snapshot } from '@/lib/nn/session.types';

/** How often the figures follow a training run: a few times a second is enough to watch, and leaves the main thread idle. */
const DISPLAY_INTERVAL_MS = 150;

/**
 * The snapshot to draw: while training, at most one every DISPLAY_INTERVAL_MS (with reduced
 * motion, none until training stops, so the final state appears at once); otherwise the latest.
 */
export function useDisplayedSnapshot(snapshot: Snapshot | null, training: boolean, reduced: boolean): Snapshot | null {
  const shown = useRef<{ snapshot: Snapshot | null; at: number }>({ snapshot, at: 0 });
  const [, wake] = useState(0);
  const now = typeof performance === 'undefined' ? 0 : performance.now();
  const due = !training || (!reduced && now - shown.current.at >= DISPLAY_INTERVAL_MS);
  if (due && shown.current.snapshot !== snapshot) shown.current = { snapshot, at: now };
  useEffect(() => {
    if (!training || reduced || shown.current.snapshot === snapshot) return;
    // A snapshot held back now is drawn when its interval ends, even if no newer one arrives.
    const timer = setTimeout(() => wake((count) => count + 1), DISPLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [snapshot, training, reduced]);
  return shown.current.snapshot;
}
