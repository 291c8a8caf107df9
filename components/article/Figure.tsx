import type { ReactNode } from 'react';

export type FigureWidth = 'text' | 'wide' | 'full';

interface FigureProps {
  id: string;
  /** Text column width, wider than the text on large screens, or the whole page width. */
  width?: FigureWidth;
  caption: ReactNode;
  children: ReactNode;
}

/** A numbered-free figure: its content, then a caption that says what to notice. */
export function Figure({ id, width = 'text', caption, children }: FigureProps) {
  return (
    <figure id={id} className={`figure figure-${width}`} aria-labelledby={`${id}-caption`}>
      {children}
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
    </figure>
  );
}
