'use client';

import { useEffect, useRef, type CSSProperties } from 'react';
import { parseRgb, useThemeColours } from '@/components/hooks/useThemeColours';
import { fieldPixels } from './paint';

const themeNames = ['--class-a', '--class-b', '--bg-raised'] as const;

/**
 * The canvas of a decision field: class-1 probabilities on resolution² points as a diverging
 * colour map in the theme's colours, repainted when the grid or the theme changes.
 */
export function FieldCanvas({ grid, style }: { grid: { resolution: number; values: ArrayLike<number> }; style: CSSProperties }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colours = useThemeColours(themeNames);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !colours) return;
    canvas.width = grid.resolution;
    canvas.height = grid.resolution;
    const pixels = fieldPixels(grid.values, grid.resolution, parseRgb(colours['--class-a']), parseRgb(colours['--bg-raised']), parseRgb(colours['--class-b']));
    context.putImageData(new ImageData(pixels, grid.resolution, grid.resolution), 0, 0);
  }, [grid, colours]);
  return <canvas ref={canvasRef} aria-hidden="true" style={style} />;
}
