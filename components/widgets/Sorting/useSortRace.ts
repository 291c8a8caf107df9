'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { raceSteps, type RacePace, type SortTrace } from '@/lib/analysis/sortingTraces';

export interface RaceOptions {
  traces: { comparison: SortTrace; radix: SortTrace };
  pace: RacePace;
  /** Clock writes per second while playing. */
  speed: number;
  /** Reduced motion: Play jumps to the end instead of animating. */
  reduced: boolean;
}

/**
 * The race clock: how many writes of the longer sort have been played. Advances once per
 * animation frame while playing; Step moves it by one write; Reset and new traces rewind it.
 */
export function useSortRace({ traces, pace, speed, reduced }: RaceOptions) {
  const longest = Math.max(traces.comparison.indices.length, traces.radix.indices.length);
  const [clock, setClock] = useState(0);
  const [playing, setPlaying] = useState(false);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  // New bars or new sorts start a new race, stopped at the shuffle.
  useEffect(() => {
    setClock(0);
    setPlaying(false);
  }, [traces]);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    const tick = (now: number) => {
      // A hidden tab or a slow frame should not leap the race forward by seconds.
      carry += (Math.min(now - last, 100) / 1000) * speedRef.current;
      last = now;
      const advance = Math.floor(carry);
      carry -= advance;
      if (advance > 0) setClock((value) => Math.min(longest, value + advance));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, longest]);

  const finished = clock >= longest;
  useEffect(() => {
    if (finished) setPlaying(false);
  }, [finished]);

  const play = useCallback(() => {
    if (reduced) {
      setClock(longest);
      return;
    }
    setClock((value) => (value >= longest ? 0 : value));
    setPlaying(true);
  }, [reduced, longest]);
  const pause = useCallback(() => setPlaying(false), []);
  const step = useCallback(() => {
    setPlaying(false);
    setClock((value) => Math.min(longest, value + 1));
  }, [longest]);
  const seek = useCallback(
    (to: number) => {
      setPlaying(false);
      setClock(Math.min(longest, Math.max(0, Math.round(to))));
    },
    [longest],
  );
  const reset = useCallback(() => {
    setPlaying(false);
    setClock(0);
  }, []);

  const steps = useMemo(
    () => ({
      comparison: raceSteps(clock, traces.comparison.indices.length, longest, pace),
      radix: raceSteps(clock, traces.radix.indices.length, longest, pace),
    }),
    [clock, traces, longest, pace],
  );
  return { clock, longest, steps, playing, finished, play, pause, step, seek, reset };
}
