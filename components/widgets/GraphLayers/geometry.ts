import type { DenseStack } from '@/lib/analysis/denseUnits';

export interface Point {
  x: number;
  y: number;
}

export const NODE_RADIUS = 12;
const margin = 24;

/** The figure's height for a width and the largest number of units in one layer. */
export function figureHeight(width: number, layered: boolean, tallest: number): number {
  if (!layered) return Math.round(Math.min(380, Math.max(280, width * 0.62)));
  return Math.round(Math.max(220, Math.min(520, 2 * margin + 30 + tallest * (width < 500 ? 40 : 46))));
}

/** A tangle: the nodes on a circle, inputs 0 and 1 first, clockwise from the left. */
export function circleLayout(nodeCount: number, width: number, height: number): Point[] {
  const ry = height / 2 - margin - 4;
  // A wide figure gets an ellipse, so the tangle uses the room without looking squashed.
  const rx = Math.min(width / 2 - margin - 4, ry * 1.4);
  return Array.from({ length: nodeCount }, (_, node) => {
    const angle = Math.PI + (2 * Math.PI * node) / nodeCount;
    return { x: width / 2 + rx * Math.cos(angle), y: height / 2 + ry * Math.sin(angle) };
  });
}

/** The x of layer `layer` of `layerCount` columns across the figure. */
function columnX(layer: number, layerCount: number, width: number): number {
  if (layerCount <= 1) return width / 2;
  return margin + 6 + ((width - 2 * margin - 12) * layer) / (layerCount - 1);
}

/** The y of slot `index` of `count` in a column, centred in the plot (below the layer labels). */
function slotY(index: number, count: number, height: number): number {
  const top = margin + 22;
  const span = height - top - margin;
  return top + (span * (index + 0.5)) / count;
}

/**
 * Columns by layer. With `withCarries`, every unit of the dense stack (nodes, then carries)
 * gets a slot; without, only the nodes do. Carries are keyed `node@layer`.
 */
export function layeredLayout(stack: DenseStack, nodeCount: number, width: number, height: number, withCarries: boolean) {
  const nodes: Point[] = Array.from({ length: nodeCount }, () => ({ x: width / 2, y: height / 2 }));
  const carries = new Map<string, Point>();
  const layerCount = stack.units.length;
  stack.units.forEach((units, layer) => {
    const shown = withCarries ? units : units.filter((unit) => unit.kind === 'node');
    shown.forEach((unit, index) => {
      const point = { x: columnX(layer, layerCount, width), y: slotY(index, shown.length, height) };
      if (unit.kind === 'node') nodes[unit.node] = point;
      else carries.set(`${unit.node}@${layer}`, point);
    });
  });
  const columns = stack.units.map((_, layer) => columnX(layer, layerCount, width));
  return { nodes, carries, columns };
}

/**
 * A gently bent arrow from a to b (so that a → b and b → a stay apart), trimmed to stop at the
 * circles' rims: `startGap` and `endGap` are the radii to leave free.
 */
export function arrowPath(a: Point, b: Point, startGap = NODE_RADIUS, endGap = NODE_RADIUS + 3, bend = 0.12): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const control = { x: (a.x + b.x) / 2 - dy * bend, y: (a.y + b.y) / 2 + dx * bend };
  const toward = (from: Point, to: Point, distance: number) => {
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: from.x + ((to.x - from.x) * distance) / length, y: from.y + ((to.y - from.y) * distance) / length };
  };
  const start = toward(a, control, startGap);
  const end = toward(b, control, endGap);
  const f = (value: number) => value.toFixed(1);
  return `M${f(start.x)},${f(start.y)} Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`;
}

/** A self-loop above a node. */
export function loopPath(point: Point): string {
  const r = NODE_RADIUS;
  return `M${point.x - r * 0.6},${point.y - r * 0.8} C${point.x - r * 2},${point.y - r * 3.2} ${point.x + r * 2},${point.y - r * 3.2} ${point.x + r * 0.75},${point.y - r * 1.1}`;
}
