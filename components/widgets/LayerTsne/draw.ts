/**
 * Canvas drawing for the layer t-SNE demo: fitting an embedding into a square panel, the
 * points coloured by class, the selected digit ringed, hit-testing, and a digit's pixels.
 */

/** Pixel positions (n × 2) of an embedding fitted into a size × size square, equal scale on both axes. */
export function fitToSquare(positions: Float32Array, count: number, size: number, padding: number): Float32Array {
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = positions[2 * i], y = positions[2 * i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    xMin = Math.min(xMin, x); xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y); yMax = Math.max(yMax, y);
  }
  const span = Math.max(xMax - xMin, yMax - yMin);
  const scale = span > 0 && Number.isFinite(span) ? (size - 2 * padding) / span : 0;
  const xMid = (xMin + xMax) / 2 || 0, yMid = (yMin + yMax) / 2 || 0;
  const pixels = new Float32Array(2 * count);
  for (let i = 0; i < count; i++) {
    pixels[2 * i] = size / 2 + ((positions[2 * i] || 0) - xMid) * scale;
    // Screen y grows downwards; flip so that the picture reads like a plot.
    pixels[2 * i + 1] = size / 2 - ((positions[2 * i + 1] || 0) - yMid) * scale;
  }
  return pixels;
}

/** The index of the point nearest (x, y) within `reach` pixels, or −1. */
export function nearestPoint(pixels: Float32Array, x: number, y: number, reach: number): number {
  let best = -1;
  let bestDistance = reach * reach;
  for (let i = 0; i < pixels.length / 2; i++) {
    const distance = (pixels[2 * i] - x) ** 2 + (pixels[2 * i + 1] - y) ** 2;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

export interface PointStyle {
  classColours: readonly string[];
  background: string;
  ring: string;
  radius: number;
}

/** Clears the panel and draws every point in its class colour, the selected one last and ringed. */
export function drawPoints(context: CanvasRenderingContext2D, size: number, pixels: Float32Array, labels: Int32Array, selected: number, style: PointStyle): void {
  context.fillStyle = style.background;
  context.fillRect(0, 0, size, size);
  context.globalAlpha = selected >= 0 ? 0.75 : 0.9;
  // One small path per point: on a software-rendered canvas this measured faster than batching
  // a path per class or stamping sprites.
  for (let i = 0; i < labels.length; i++) {
    context.fillStyle = style.classColours[labels[i]] ?? style.ring;
    context.beginPath();
    context.arc(pixels[2 * i], pixels[2 * i + 1], style.radius, 0, 2 * Math.PI);
    context.fill();
  }
  context.globalAlpha = 1;
  if (selected < 0 || selected >= labels.length) return;
  const [x, y] = [pixels[2 * selected], pixels[2 * selected + 1]];
  context.fillStyle = style.classColours[labels[selected]] ?? style.ring;
  context.beginPath();
  context.arc(x, y, style.radius * 1.8, 0, 2 * Math.PI);
  context.fill();
  context.strokeStyle = style.ring;
  context.lineWidth = 2;
  context.beginPath();
  context.arc(x, y, style.radius * 1.8 + 3, 0, 2 * Math.PI);
  context.stroke();
}

/**
 * Draws one s × s digit (values in [0, 1], 1 = ink) into the canvas, ink on paper, one cell per
 * pixel. Block-averaged digits rarely reach full ink, so the darkest pixel is stretched to 1.
 */
export function drawDigit(context: CanvasRenderingContext2D, inputs: Float32Array, index: number, side: number, ink: [number, number, number], paper: [number, number, number]): void {
  const image = context.createImageData(side, side);
  const start = index * side * side;
  let darkest = 0;
  for (let pixel = 0; pixel < side * side; pixel++) darkest = Math.max(darkest, inputs[start + pixel] || 0);
  for (let pixel = 0; pixel < side * side; pixel++) {
    const value = darkest > 0 ? Math.min(1, Math.max(0, (inputs[start + pixel] || 0) / darkest)) : 0;
    for (let channel = 0; channel < 3; channel++) image.data[4 * pixel + channel] = Math.round(paper[channel] + (ink[channel] - paper[channel]) * value);
    image.data[4 * pixel + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}
