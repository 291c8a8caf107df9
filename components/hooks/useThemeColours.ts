'use client';

import { useEffect, useState } from 'react';

/**
 * The resolved colours of CSS custom properties (such as `--class-a`), for canvas drawing,
 * which cannot read CSS variables. Re-read when the theme changes (the toggle's data-theme
 * attribute, or the system's colour scheme).
 */
export function useThemeColours<Name extends string>(names: readonly Name[]): Record<Name, string> | null {
  const [colours, setColours] = useState<Record<Name, string> | null>(null);
  const key = names.join(',');
  useEffect(() => {
    const probe = document.createElement('span');
    probe.style.display = 'none';
    document.body.appendChild(probe);
    const read = () => {
      const resolved = {} as Record<Name, string>;
      for (const name of key.split(',') as Name[]) {
        probe.style.color = `var(${name})`;
        resolved[name] = getComputedStyle(probe).color;
      }
      setColours(resolved);
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', read);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', read);
      probe.remove();
    };
  }, [key]);
  return colours;
}

/** [r, g, b] of a computed colour string such as "rgb(230, 159, 0)". */
export function parseRgb(colour: string): [number, number, number] {
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  // Newer engines may resolve to color(srgb r g b) with channels in [0, 1].
  const scale = colour.startsWith('color(') ? 255 : 1;
  return [(parts[0] ?? 0) * scale, (parts[1] ?? 0) * scale, (parts[2] ?? 0) * scale];
}
