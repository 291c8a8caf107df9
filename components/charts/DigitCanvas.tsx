'use client';

import { useEffect, useRef } from 'react';
import { parseRgb } from '@/components/hooks/useThemeColours';
import { drawDigit } from '@/components/widgets/LayerTsne/draw';

interface Props {
  /** Digits, side² values in [0, 1] each, one after another. */
  inputs: Float32Array;
  index: number;
  side: number;
  /** Resolved ink and paper colours (canvas cannot read CSS variables), or null before known. */
  colours: { ink: string; paper: string } | null;
  className: string;
  label: string;
}

/** One digit of a set on its own canvas, one cell per pixel, ink on paper. */
export function DigitCanvas({ inputs, index, side, colours, className, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (context && colours) drawDigit(context, inputs, index, side, parseRgb(colours.ink), parseRgb(colours.paper));
  }, [inputs, index, side, colours]);
  return <canvas ref={ref} width={side} height={side} className={className} role="img" aria-label={label} />;
}
