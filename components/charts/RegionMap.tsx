import { scaleLinear } from 'd3-scale';
import type { Box, PlanarRegion } from '@/lib/analysis/linearRegions2d';
import { CanvasPlot } from './CanvasPlot';
import { RegionCanvas } from './RegionCanvas';

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

/**
 * A 2-D input box cut into a network's linear regions: each convex region filled with a shade
 * of one colour picked by its activation pattern, its edges in the background colour. The
 * regions are drawn on a canvas (there may be thousands), the axes in SVG over it.
 * Hook-free like DecisionField: RegionCanvas paints, once there are regions.
 */
export function RegionMap({ box, regions, colour, width, label, xLabel = 'x₁', yLabel = 'x₂' }: Props) {
  const side = Math.max(200, Math.min(width, 420));
  const plot = side - margin.left - margin.right;
  const x = scaleLinear().domain([box.xMin, box.xMax]).range([0, plot]);
  const y = scaleLinear().domain([box.yMin, box.yMax]).range([plot, 0]);

  const ticks = [box.xMin, (box.xMin + box.xMax) / 2, box.xMax];
  return (
    <CanvasPlot
      className="region-map"
      side={side}
      margin={margin}
      canvas={regions ? (style) => <RegionCanvas regions={regions} box={box} plot={plot} colour={colour} style={style} /> : undefined}
      label={label}
      xTicks={ticks.map((tick) => ({ value: tick, at: margin.left + x(tick) }))}
      yTicks={ticks.map((tick) => ({ value: tick, at: margin.top + y(tick) }))}
      xLabel={xLabel}
      yLabel={yLabel}
    />
  );
}
