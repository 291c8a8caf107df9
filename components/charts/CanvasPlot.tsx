import type { CSSProperties, ReactNode } from 'react';

export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A tick: the number it reads and where it sits along its axis, in SVG coordinates. */
export interface PlotTick {
  value: number;
  at: number;
}

interface Props {
  /** The figure's width in pixels; the plot area is square. */
  side: number;
  margin: PlotMargin;
  /**
   * The canvas that fills the plot area, given its placement: a client painter that draws the
   * dense content. Absent (as on a server poster with nothing to draw yet), a blank canvas.
   */
  canvas?: (style: CSSProperties) => ReactNode;
  /** What the figure shows, for screen readers. */
  label: string;
  xTicks: readonly PlotTick[];
  yTicks: readonly PlotTick[];
  xLabel: string;
  yLabel: string;
  className: string;
  /** Marks drawn over the canvas, in SVG coordinates. */
  children?: ReactNode;
}

/**
 * A square plot whose dense content is a canvas (a field, thousands of regions) under an SVG
 * that carries the frame, the labelled axes and any marks: crisp text, cheap pixels.
 *
 * No hooks here: a server poster renders the frame and axes without shipping this code, and
 * only the small painter passed as `canvas` runs in the browser.
 */
export function CanvasPlot({ side, margin, canvas, label, xTicks, yTicks, xLabel, yLabel, className, children }: Props) {
  const plot = side - margin.left - margin.right;
  const height = margin.top + plot + margin.bottom;
  const placement: CSSProperties = { left: `${(margin.left / side) * 100}%`, top: `${(margin.top / height) * 100}%`, width: `${(plot / side) * 100}%`, height: `${(plot / height) * 100}%` };
  return (
    <div className={className} style={{ width: side, maxWidth: '100%' }}>
      <div className="canvas-plot-stage" style={{ aspectRatio: `${side} / ${height}` }}>
        {canvas ? canvas(placement) : <canvas aria-hidden="true" style={placement} />}
        <svg className="chart" viewBox={`0 0 ${side} ${height}`} role="img" aria-label={label}>
          <rect x={margin.left} y={margin.top} width={plot} height={plot} fill="none" stroke="var(--rule)" />
          <g className="axis">
            {xTicks.map((tick) => (
              <text key={`x${tick.value}`} x={tick.at} y={margin.top + plot + 16} textAnchor="middle">{tick.value}</text>
            ))}
            {yTicks.map((tick) => (
              <text key={`y${tick.value}`} x={margin.left - 6} y={tick.at} dy="0.32em" textAnchor="end">{tick.value}</text>
            ))}
            <text x={margin.left + plot} y={height - 2} textAnchor="end">{xLabel}</text>
            <text x={margin.left + 4} y={margin.top + 12}>{yLabel}</text>
          </g>
          {children}
        </svg>
      </div>
    </div>
  );
}
