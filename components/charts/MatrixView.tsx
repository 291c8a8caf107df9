'use client';

import { useEffect, useRef } from 'react';
import { parseRgb, useThemeColours } from '@/components/hooks/useThemeColours';

interface Props {
  values: ArrayLike<number>;
  rows: number;
  columns: number;
  /** Pixels per cell on screen (the canvas is scaled without smoothing); may be fractional. */
  cellSize: number;
  /** The least width and height on screen, so that a 100 × 2 matrix is still visible. */
  minimumSide?: number;
  /** What the matrix is, for screen readers. */
  label: string;
  /** Values of this size and beyond get the full colour; the largest |value| by default. */
  scale?: number;
}

const themeNames = ['--class-a', '--class-b', '--bg-raised'] as const;

/** Colours each entry of a row-major matrix: class A's colour below 0, class B's above, pale at 0. */
function matrixPixels(values: ArrayLike<number>, count: number, scale: number, colours: Record<(typeof themeNames)[number], string>) {
  const low = parseRgb(colours['--class-a']);
  const high = parseRgb(colours['--class-b']);
  const middle = parseRgb(colours['--bg-raised']);
  const pixels = new Uint8ClampedArray(new ArrayBuffer(count * 4));
  for (let index = 0; index < count; index++) {
    const value = values[index];
    const t = Number.isFinite(value) && scale > 0 ? Math.min(1, Math.abs(value) / scale) : 0;
    const end = value < 0 ? low : high;
    for (let channel = 0; channel < 3; channel++) pixels[index * 4 + channel] = middle[channel] + (end[channel] - middle[channel]) * t;
    pixels[index * 4 + 3] = 255;
  }
  return pixels;
}

/** A matrix as a grid of coloured cells on a canvas (negative orange, positive blue). */
export function MatrixView({ values, rows, columns, cellSize, label, scale, minimumSide = 0 }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colours = useThemeColours(themeNames);
  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context || !colours) return;
    let largest = 0;
    for (let index = 0; index < rows * columns; index++) if (Number.isFinite(values[index])) largest = Math.max(largest, Math.abs(values[index]));
    const pixels = matrixPixels(values, rows * columns, scale ?? largest, colours);
    context.putImageData(new ImageData(pixels, columns, rows), 0, 0);
  }, [values, rows, columns, scale, colours]);
  return (
    <canvas
      ref={canvasRef}
      className="matrix-view"
      width={columns}
      height={rows}
      role="img"
      aria-label={label}
      style={{ width: Math.max(minimumSide, columns * cellSize), height: Math.max(minimumSide, rows * cellSize) }}
    />
  );
}
