'use client';

import { createContext, useContext, useEffect } from 'react';

/** What the widget frame shows on its root element (the testability contract). */
export type WidgetStatus = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'diverged' | 'error';

export interface WidgetReport {
  status: WidgetStatus;
  /** The backend in use once known ('typed', 'wasm', 'cpu', 'webgl', or 'none' for demos that do not train). */
  backend?: string;
  /** Headline numbers, written as data-<name> attributes ("accuracy" → data-accuracy). */
  numbers?: Record<string, number | string | null>;
}

export const WidgetReportContext = createContext<(report: WidgetReport) => void>(() => {});

/** Reports a widget's status, backend and headline numbers to its frame whenever they change. */
export function useWidgetReport(report: WidgetReport) {
  const send = useContext(WidgetReportContext);
  const key = JSON.stringify(report);
  useEffect(() => {
    send(JSON.parse(key) as WidgetReport);
  }, [send, key]);
}

/** The data-* attributes of a report's numbers; non-finite numbers are left out, never printed. */
export function dataAttributes(numbers: WidgetReport['numbers']): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(numbers ?? {})) {
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) continue;
    const attribute = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    attributes[attribute] = String(value);
  }
  return attributes;
}
