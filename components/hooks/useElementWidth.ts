'use client';

import { useEffect, useRef, useState } from 'react';

/** The element's content width in CSS pixels (fallback until measured), kept current on resize. */
export function useElementWidth<Element extends HTMLElement>(fallback: number) {
  const ref = useRef<Element | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(280, Math.round(entry.contentRect.width))));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
