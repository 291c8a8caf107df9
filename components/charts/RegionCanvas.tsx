'use client';

import { useEffect, useRef, type CSSProperties } from 'react';
import { parseRgb, useThemeColours } from '@/components/hooks/useThemeColours';
import type { Box, PlanarRegion } from '@/lib/analysis/linearRegions2d';
import { paintRegions } from './paint';

/**
 * The canvas of a region map: every linear region filled with a shade of `colour` (a CSS
 * variable) picked by its activation pattern, at up to twice the CSS resolution.
 */
export function RegionCanvas({ regions, box, plot, colour, style }: { regions: readonly PlanarRegion[]; box: Box; plot: number; colour: string; style: CSSProperties }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colours = useThemeColours([colour, '--bg-raised'] as const);
  // A new box object with the same corners (each render of the parent) is no reason to repaint.
  const { xMin, xMax, yMin, yMax } = box;
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !colours) return;
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.round(plot * ratio);
    canvas.height = Math.round(plot * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintRegions(context, regions, { xMin, xMax, yMin, yMax }, plot, parseRgb(colours['--bg-raised']), parseRgb(colours[colour]), colours['--bg-raised']);
  }, [regions, colours, colour, plot, xMin, xMax, yMin, yMax]);
  return <canvas ref={canvasRef} aria-hidden="true" style={style} />;
}
