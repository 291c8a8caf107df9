/**
 * The state codec: a widget's state lives in the page's query string, each key namespaced by
 * the widget's id (`?bias.useBias=0&bias.seed=7`), fields at their default left out.
 * Parsing never throws: junk falls back to the default, numbers out of range clamp.
 */
import { defaultState, type BooleanField, type ChoiceField, type Field, type NumberField, type Schema, type StateOf, type TextField } from './schema';

const plainNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Snaps x into [min, max] on the grid min + k·step, rounding away float noise. */
export function clampToField(field: NumberField, value: number): number {
  if (!Number.isFinite(value)) return field.default;
  const clamped = Math.min(field.max, Math.max(field.min, value));
  const steps = Math.round((clamped - field.min) / field.step);
  const snapped = Math.min(field.max, field.min + steps * field.step);
  // Round to the step's own decimals so 0.1·3 reads as 0.3, not 0.30000000000000004.
  const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(field.step)) + 2));
  return Number(snapped.toFixed(decimals));
}

function parseNumber(field: NumberField, raw: string): number {
  if (raw.length > 40 || !plainNumber.test(raw)) return field.default;
  return clampToField(field, Number(raw));
}

function parseBoolean(field: BooleanField, raw: string): boolean {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  return field.default;
}

function parseChoice(field: ChoiceField, raw: string): string {
  return field.options.includes(raw) ? raw : field.default;
}

function parseText(field: TextField, raw: string): string {
  if (raw.length > field.maxLength) return field.default;
  field.pattern.lastIndex = 0;
  return field.pattern.test(raw) ? raw : field.default;
}

/** One field's value from its raw query value; null or junk gives the default. */
export function parseField(field: Field, raw: string | null | undefined): number | boolean | string {
  if (typeof raw !== 'string') return field.default;
  switch (field.kind) {
    case 'number':
      return parseNumber(field, raw.trim());
    case 'boolean':
      return parseBoolean(field, raw.trim());
    case 'choice':
      return parseChoice(field, raw);
    case 'text':
      return parseText(field, raw.trim());
  }
}

/** One field's value as the URL writes it. */
export function serializeField(field: Field, value: unknown): string {
  if (field.kind === 'boolean') return value ? '1' : '0';
  return String(value);
}

function toParams(query: string | URLSearchParams): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

/** The query key of a field: `<widgetId>.<field>`. */
export function queryKey(widgetId: string, name: string): string {
  return `${widgetId}.${name}`;
}

/** A widget's state from a query string (with or without '?'); never throws. */
export function parseState<S extends Schema>(schema: S, widgetId: string, query: string | URLSearchParams): StateOf<S> {
  const params = toParams(query);
  const state = defaultState(schema) as Record<string, unknown>;
  for (const name of Object.keys(schema)) {
    state[name] = parseField(schema[name], params.get(queryKey(widgetId, name)));
  }
  return state as StateOf<S>;
}

/** The state's query entries, defaults left out, in the schema's order. */
export function serializeState<S extends Schema>(schema: S, widgetId: string, state: StateOf<S>): [string, string][] {
  const entries: [string, string][] = [];
  for (const name of Object.keys(schema)) {
    const field = schema[name];
    const value = parseField(field, serializeField(field, state[name]));
    if (value !== field.default) entries.push([queryKey(widgetId, name), serializeField(field, value)]);
  }
  return entries;
}

/**
 * The query string with this widget's keys replaced by `state` (other widgets' keys and
 * unrelated parameters kept), without the leading '?'. Keys in the widget's namespace that its
 * schema does not know (`bias.__proto__`) are dropped too.
 */
export function writeState<S extends Schema>(schema: S, widgetId: string, state: StateOf<S>, query: string | URLSearchParams): string {
  const params = new URLSearchParams(toParams(query));
  for (const key of [...params.keys()]) if (key.startsWith(`${widgetId}.`)) params.delete(key);
  for (const [key, value] of serializeState(schema, widgetId, state)) params.append(key, value);
  return params.toString();
}

/**
 * Whether the query already holds exactly `state`'s entries for this widget (decoded, in any
 * order, nothing else in its namespace), so that rewriting it would change nothing but encoding.
 */
export function isCanonical<S extends Schema>(schema: S, widgetId: string, state: StateOf<S>, query: string | URLSearchParams): boolean {
  const present = [...toParams(query).entries()].filter(([key]) => key.startsWith(`${widgetId}.`)).map(([key, value]) => `${key}=${value}`).sort();
  const wanted = serializeState(schema, widgetId, state).map(([key, value]) => `${key}=${value}`).sort();
  return present.length === wanted.length && present.every((entry, index) => entry === wanted[index]);
}

/** A path with an optional query and hash, as a link to share. */
export function composeHref(pathname: string, query: string, hash?: string): string {
  const search = query ? `?${query}` : '';
  return `${pathname}${search}${hash ? `#${hash}` : ''}`;
}
