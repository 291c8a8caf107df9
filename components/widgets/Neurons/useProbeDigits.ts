'use client';

import { useEffect, useState } from 'react';
import { loadProbeDigits, type ProbeDigits } from './config';

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`neurons: ${path} answered ${response.status}`);
  return response.arrayBuffer();
}

/** The held-out probe digits, fetched once the demo mounts; null until they arrive. Errors reach the frame's boundary. */
export function useProbeDigits(): ProbeDigits | null {
  const [probe, setProbe] = useState<ProbeDigits | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    loadProbeDigits(fetchBytes).then(
      (digits) => live && setProbe(digits),
      (reason: unknown) => live && setError(reason instanceof Error ? reason : new Error(String(reason))),
    );
    return () => {
      live = false;
    };
  }, []);
  if (error) throw error;
  return probe;
}
