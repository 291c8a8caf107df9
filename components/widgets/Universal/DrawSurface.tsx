'use client';

import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { drawnSampleCount, drawnSampleX, quantiseSample } from '@/lib/data/curveTargets';
import { plotGeometry, plotMargin } from './geometry';

interface Props {
  width: number;
  /** The target's samples now (the drawing, or the picked target read at the sample points). */
  samples: readonly number[];
  selected: number;
  onSelect: (index: number | null) => void;
  /** While a stroke is under way (shown, not yet kept), and when it ends (kept in the URL). */
  onDraft: (values: number[]) => void;
  onCommit: (values: number[]) => void;
}

/** One keyboard step moves a point by 2/31.5 ≈ 0.063; Page keys by four times that. */
const keyStep = 2 / 31.5;
const moves: Record<string, number> = { ArrowUp: keyStep, ArrowDown: -keyStep, PageUp: 4 * keyStep, PageDown: -4 * keyStep };
const format = (value: number) => value.toFixed(2).replace('-', '−');

/**
 * A transparent surface over the plot's inside: drag to draw the target (every sample the
 * stroke passes sets to the pointer's height), or by keyboard, ← → to choose a point and
 * ↑ ↓ (Page Up/Down for bigger steps) to move it. A slider to assistive technology.
 */
export function DrawSurface({ width, samples, selected, onSelect, onDraft, onCommit }: Props) {
  const { height, x, y } = plotGeometry(width);
  const stroke = useRef<{ values: number[]; last: number } | null>(null);
  const [focused, setFocused] = useState(false);
  const at = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = plotMargin.left + event.clientX - box.left;
    const py = plotMargin.top + event.clientY - box.top;
    const index = Math.round(((x.invert(px) + 1) / 2) * (drawnSampleCount - 1));
    return { index: Math.max(0, Math.min(drawnSampleCount - 1, index)), value: quantiseSample(y.invert(py)) };
  };
  const paint = (event: PointerEvent<HTMLDivElement>) => {
    const current = stroke.current;
    if (!current) return;
    const { index, value } = at(event);
    const from = current.last < 0 ? index : current.last;
    // A fast stroke skips samples: fill every one between the last and this one.
    for (let step = Math.min(from, index); step <= Math.max(from, index); step++) current.values[step] = value;
    current.last = index;
    onSelect(index);
    onDraft([...current.values]);
  };
  const end = () => {
    if (stroke.current) onCommit(stroke.current.values);
    stroke.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { key } = event;
    let index = selected;
    if (key === 'ArrowLeft' || key === 'ArrowRight') index = Math.max(0, Math.min(drawnSampleCount - 1, selected + (key === 'ArrowLeft' ? -1 : 1)));
    else if (key === 'Home' || key === 'End') index = key === 'Home' ? 0 : drawnSampleCount - 1;
    else if (key in moves) {
      const values = [...samples];
      values[selected] = quantiseSample(values[selected] + moves[key]);
      onCommit(values);
    } else return;
    event.preventDefault();
    onSelect(index);
  };
  const value = samples[selected] ?? 0;
  return (
    <div
      className="uv-draw"
      style={{ left: plotMargin.left, top: plotMargin.top, width: width - plotMargin.left - plotMargin.right, height: height - plotMargin.top - plotMargin.bottom }}
      role="slider"
      tabIndex={0}
      aria-label="Draw the target: left and right arrows choose a point, up and down move it"
      aria-orientation="vertical"
      aria-valuemin={-1}
      aria-valuemax={1}
      aria-valuenow={Number(value.toFixed(2))}
      aria-valuetext={`Point ${selected + 1} of ${drawnSampleCount}, at x = ${format(drawnSampleX(selected))}: f(x) = ${format(value)}`}
      onFocus={() => {
        setFocused(true);
        onSelect(selected);
      }}
      onBlur={() => {
        setFocused(false);
        onSelect(null);
      }}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        stroke.current = { values: [...samples], last: -1 };
        paint(event);
      }}
      onPointerMove={paint}
      onPointerUp={end}
      onPointerCancel={end}
      data-focused={focused || undefined}
    />
  );
}
