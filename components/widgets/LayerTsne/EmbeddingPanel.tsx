'use client';

import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { drawPoints, fitToSquare, nearestPoint } from './draw';

interface Props {
  /** n × 2 positions and the n true classes (kept apart so that an unchanged picture is not redrawn), or null. */
  positions: Float32Array | null;
  labels: Int32Array | null;
  /** The panel's side in CSS pixels. */
  size: number;
  /** What the panel shows, for screen readers (with the probe accuracy). */
  label: string;
  /** Shown over an empty panel. */
  placeholder: string;
  selected: number;
  /** Absent on the server's poster, which cannot pass functions to client components. */
  onSelect?: (index: number) => void;
  /** Resolved colours (canvas cannot read CSS variables), or null before they are known. */
  colours: { classes: string[]; background: string; ring: string } | null;
}

const padding = 10;

/** The next point for a key: arrows step through the points, Home and End jump to the ends. */
function nextIndex(key: string, selected: number, count: number): number | null {
  const from = Math.max(0, selected);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return selected < 0 ? 0 : (from + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * A square canvas of one layer's embedding, points coloured by class. Hover or arrow keys
 * select a point (shared by every panel, so the same digit is ringed in each layer).
 */
export const EmbeddingPanel = memo(function EmbeddingPanel({ positions, labels, size, label, placeholder, selected, onSelect, colours }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const count = positions && labels ? labels.length : 0;
  const pixels = useMemo(() => (positions && labels ? fitToSquare(positions, labels.length, size, padding) : null), [positions, labels, size]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const side = Math.round(size * ratio);
    // Resizing reallocates the canvas: only when the size really changed.
    if (canvas.width !== side || canvas.height !== side) [canvas.width, canvas.height] = [side, side];
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (!pixels || !labels || !colours) {
      context.clearRect(0, 0, size, size);
      return;
    }
    const radius = Math.round(2 * Math.max(1.8, Math.min(3, size / 90))) / 2;
    drawPoints(context, size, pixels, labels, selected, { classColours: colours.classes, background: colours.background, ring: colours.ring, radius });
  }, [pixels, labels, selected, size, colours]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const next = nextIndex(event.key, selected, count);
    if (next === null) return;
    event.preventDefault();
    onSelect?.(next);
  };
  const onPointer = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!pixels) return;
    const box = event.currentTarget.getBoundingClientRect();
    // The canvas is drawn at `size` but laid out by CSS: map the pointer into drawing units.
    const scale = box.width > 0 ? size / box.width : 1;
    const index = nearestPoint(pixels, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale, 12 * scale);
    if (index >= 0 && index !== selected) onSelect?.(index);
  };

  return (
    <div
      className="tsne-stage"
      tabIndex={count > 0 ? 0 : undefined}
      role="group"
      aria-label={count > 0 ? `${label} Arrow keys step through the ${count} digits.` : label}
      onKeyDown={onKeyDown}
      onFocus={() => count > 0 && selected < 0 && onSelect?.(0)}
    >
 <canvas ref={canvasRef} aria-hidden="true" onPointerMove={onPointer} onPointerDown={onPointer} />
      {count === 0 ? <p className="tsne-placeholder">{placeholder}</p> : null}
    </div>
  );
});
