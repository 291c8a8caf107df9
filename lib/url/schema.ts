/**
 * A widget's reader-changeable state, declared once as a table of fields. The URL codec
 * (`codec.ts`) walks the table to parse and serialise; controls read labels and bounds from it.
 */

interface FieldBase {
  /** What the control sets, as its accessible name says it ("Learning rate"). */
  label: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** Values snap to min + k·step; integers use step 1. */
  step: number;
  /** Sliders move along a logarithmic scale (learning rates, L2). */
  scale?: 'linear' | 'log';
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default: boolean;
}

export interface ChoiceField<Option extends string = string> extends FieldBase {
  kind: 'choice';
  options: readonly Option[];
  default: Option;
  /** Human names for the options, when they differ from the URL values. */
  optionLabels?: Partial<Record<Option, string>>;
}

/**
 * A short string from a small alphabet (an edge list like `0-1,1-2`). The URL value is taken
 * only if it is at most `maxLength` characters and matches `pattern` in full; anything else
 * falls back to the default. Widgets must still validate what the string means.
 */
export interface TextField extends FieldBase {
  kind: 'text';
  default: string;
  maxLength: number;
  /** Anchored pattern the whole value must match (e.g. /^[0-9,-]*$/). */
  pattern: RegExp;
}

export type Field = NumberField | BooleanField | ChoiceField | TextField;

export type Schema = Record<string, Field>;

/** The value type a field holds. */
export type ValueOf<F extends Field> = F extends BooleanField
  ? boolean
  : F extends ChoiceField<infer Option>
    ? Option
    : F extends TextField
      ? string
      : number;

/** The state a schema describes: one value per field. */
export type StateOf<S extends Schema> = { [Name in keyof S]: ValueOf<S[Name]> };

/** Declares a schema, keeping its literal types (choice options become unions). */
export function defineSchema<const S extends Schema>(schema: S): S {
  return schema;
}

/** The state with every field at its default. */
export function defaultState<S extends Schema>(schema: S): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const name of Object.keys(schema)) state[name] = schema[name].default;
  return state as StateOf<S>;
}
