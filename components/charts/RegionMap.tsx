'use client';

import { scaleLinear } from 'd3-scale';
import { useEffect, useRef } from 'react';
import { parseRgb, useThemeColours } from '@/components/hooks/useThemeColours';
import { CanvasPlot } from './CanvasPlot';
import type { Box, PlanarRegion } from '@/lib/analysis/linearRegions2d';

interface Props {
  box: Box;
  /** Convex polygons in data coordinates, each with its activation pattern; null before any. */
  regions: readonly PlanarRegion[] | null;
  /** The CSS colour variable the regions are shades of, such as '--class-a'. */
  colour: string;
  width: number;
  /** What the map shows, for screen readers (the count the reader would read off it). */
  label: string;
  xLabel?: string;
  yLabel?: string;
}

const margin = { top: 8, right: 8, bottom: 30, left: 32 };
/** Shades between the background and the full colour, so neighbouring patterns differ. */
const shadeLevels = [0.16, 0.62, 0.3, 0.82, 0.44, 0.22, 0.72, 0.52];

/** FNV-1a over the pattern's bits: the same pattern always gets the same shade. */
function shadeOf(pattern: Uint8Array): number {
  let hash = 2166136261;
  for (let index = 0; index < pattern.length; index++) hash = Math.imul(hash ^ (pattern[index] + 1 + index * 2), 16777619);
  return shadeLevels[(hash >>> 0) % shadeLevels.length];
}

function mix(from: number[], to: number[], share: number): string {
  return `rgb(${from.map((channel, index) => Math.round(channel + (to[index] - channel) * share)).join(',')})`;
}

/**
 * A 2-D input box cut into a network's linear regions: each convex region filled with a shade
 * of one colour picked by its activation pattern, its edges in the background colour. The
 * regions are drawn on a canvas (there may be thousands), the axes in SVG over it.
 */
export function RegionMap({ box, regions, colour, width, label, xLabel = 'x₁', yLabel = 'x₂' }: Props) {
  const side = Math.max(200, Math.min(width, 420));
  const plot = side - margin.left - margin.right;
  const x = scaleLinear().domain([box.xMin, box.xMax]).range([0, plot]);
  const y = scaleLinear().domain([box.yMin, box.yMax]).range([plot, 0]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colours = useThemeColours([colour, '--bg-raised'] as const);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !colours) return;
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.round(plot * ratio);
    canvas.height = Math.round(plot * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, plot, plot);
    const background = parseRgb(colours['--bg-raised']);
    const full = parseRgb(colours[colour]);
    context.strokeStyle = colours['--bg-raised'];
    context.lineWidth = 0.8;
    for (const region of regions ?? []) {
      const { polygon } = region;
      context.beginPath();
      context.moveTo(x(polygon[0]), y(polygon[1]));
      for (let index = 2; index < polygon.length; index += 2) context.lineTo(x(polygon[index]), y(polygon[index + 1]));
      context.closePath();
      context.fillStyle = mix(background, full, shadeOf(region.pattern));
      context.fill();
      context.stroke();
    }
    // x and y are rebuilt each render from box and plot, which the deps already cover.
  }, [regions, colours, colour, plot, box.xMin, box.xMax, box.yMin, box.yMax]);

  const ticks = [box.xMin, (box.xMin + box.xMax) / 2, box.xMax];
  return (
    <CanvasPlot
      className="region-map"
      side={side}
      margin={margin}
      canvasRef={canvasRef}
      label={label}
      xTicks={ticks.map((tick) => ({ value: tick, at: margin.left + x(tick) }))}
      yTicks={ticks.map((tick) => ({ value: tick, at: margin.top + y(tick) }))}
      xLabel={xLabel}
      yLabel={yLabel}
    />
  );
}
