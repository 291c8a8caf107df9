import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampToField, composeHref, isCanonical, parseField, parseState, serializeState, writeState } from '@/lib/url/codec';
import { defaultState, defineSchema, type StateOf } from '@/lib/url/schema';

const schema = defineSchema({
  useBias: { kind: 'boolean', default: true, label: 'Use bias' },
  activation: { kind: 'choice', options: ['relu', 'tanh', 'sigmoid'], default: 'relu', label: 'Activation' },
  depth: { kind: 'number', default: 2, min: 1, max: 8, step: 1, label: 'Depth' },
  learningRate: { kind: 'number', default: 0.03, min: 0.0001, max: 10, step: 0.0001, scale: 'log', label: 'Learning rate' },
  x: { kind: 'number', default: 0, min: -6, max: 6, step: 0.1, label: 'Input x' },
});
type State = StateOf<typeof schema>;

const arbitraryState: fc.Arbitrary<State> = fc.record({
  useBias: fc.boolean(),
  activation: fc.constantFrom('relu' as const, 'tanh' as const, 'sigmoid' as const),
  depth: fc.integer({ min: 1, max: 8 }),
  learningRate: fc.integer({ min: 1, max: 100000 }).map((k) => clampToField(schema.learningRate, k * 0.0001)),
  x: fc.integer({ min: -60, max: 60 }).map((k) => clampToField(schema.x, k / 10)),
});

function inBounds(state: State): boolean {
  return (
    typeof state.useBias === 'boolean' &&
    schema.activation.options.includes(state.activation) &&
    Number.isInteger(state.depth) && state.depth >= 1 && state.depth <= 8 &&
    state.learningRate >= 0.0001 && state.learningRate <= 10 &&
    state.x >= -6 && state.x <= 6
  );
}

describe('parseState(schema, widgetId, query)', () => {
  it('reads namespaced keys', () => {
    const state = parseState(schema, 'bias', '?bias.useBias=0&bias.activation=tanh&bias.depth=5&bias.x=-1.5');
    expect(state).toEqual({ useBias: false, activation: 'tanh', depth: 5, learningRate: 0.03, x: -1.5 });
  });

  it('ignores other widgets’ keys', () => {
    expect(parseState(schema, 'bias', 'other.depth=7&depth=6')).toEqual(defaultState(schema));
  });

  it('falls back to defaults on junk and clamps out-of-range numbers', () => {
    const junk = 'bias.useBias=maybe&bias.activation=__proto__&bias.depth=99&bias.learningRate=-1e999&bias.x=3abc';
    expect(parseState(schema, 'bias', junk)).toEqual({ ...defaultState(schema), depth: 8 });
    expect(parseState(schema, 'bias', 'bias.depth=-5').depth).toBe(1);
    expect(parseState(schema, 'bias', 'bias.depth=Infinity').depth).toBe(2);
    expect(parseState(schema, 'bias', 'bias.depth=0x10').depth).toBe(2);
    expect(parseState(schema, 'bias', 'bias.depth=').depth).toBe(2);
    expect(parseState(schema, 'bias', 'bias.depth=3.6').depth).toBe(4);
  });

  it('never throws and stays in bounds for random query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => inBounds(parseState(schema, 'bias', query))),
      { numRuns: 2000 },
    );
    const keyed = fc
      .array(fc.tuple(fc.constantFrom('useBias', 'activation', 'depth', 'learningRate', 'x', 'constructor'), fc.string({ maxLength: 30 })))
      .map((pairs) => pairs.map(([key, value]) => `bias.${key}=${encodeURIComponent(value)}`).join('&'));
    fc.assert(fc.property(keyed, (query) => inBounds(parseState(schema, 'bias', query))), { numRuns: 2000 });
  });
});

describe('serializeState(schema, widgetId, state)', () => {
  it('leaves defaults out', () => {
    expect(serializeState(schema, 'bias', defaultState(schema))).toEqual([]);
    expect(serializeState(schema, 'bias', { ...defaultState(schema), useBias: false })).toEqual([['bias.useBias', '0']]);
  });

  it('round-trips: parse(serialize(s)) = s', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const query = new URLSearchParams(serializeState(schema, 'bias', state)).toString();
        expect(parseState(schema, 'bias', query)).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('writeState(schema, widgetId, state, query)', () => {
  it('replaces this widget’s keys and keeps the rest', () => {
    const query = writeState(schema, 'bias', { ...defaultState(schema), depth: 3 }, 'other.seed=4&bias.depth=7&bias.x=1');
    expect(new URLSearchParams(query).get('other.seed')).toBe('4');
    expect(new URLSearchParams(query).get('bias.depth')).toBe('3');
    expect(new URLSearchParams(query).has('bias.x')).toBe(false);
  });

  it('drops keys in the widget’s namespace that the schema does not know, and nothing else', () => {
    const query = writeState(schema, 'bias', defaultState(schema), 'bias.__proto__=x&bias.constructor=%3Cscript%3E&biased.depth=3&other.seed=4');
    expect(query).toBe('biased.depth=3&other.seed=4');
  });
});

describe('isCanonical(schema, widgetId, state, query)', () => {
  it('is true when the widget’s keys already say exactly the state, however encoded or ordered', () => {
    const state = { ...defaultState(schema), depth: 3, activation: 'tanh' as const };
    expect(isCanonical(schema, 'bias', state, 'other.x=1&bias.depth=3&bias.activation=tanh')).toBe(true);
    expect(isCanonical(schema, 'bias', state, 'bias.activation=%74anh&bias.depth=3')).toBe(true);
    expect(isCanonical(defineSchema({ edges: { kind: 'text', default: '', maxLength: 20, pattern: /^[0-9,-]*$/, label: 'Edges' } }), 'g', { edges: '0-1,1-2' }, 'g.edges=0-1%2C1-2')).toBe(true);
  });

  it('is false for junk, out-of-range values, unknown keys in the namespace or defaults written out', () => {
    const state = parseState(schema, 'bias', 'bias.depth=99');
    expect(isCanonical(schema, 'bias', state, 'bias.depth=99')).toBe(false);
    expect(isCanonical(schema, 'bias', defaultState(schema), 'bias.__proto__=1')).toBe(false);
    expect(isCanonical(schema, 'bias', defaultState(schema), 'bias.depth=2')).toBe(false);
    expect(isCanonical(schema, 'bias', defaultState(schema), '')).toBe(true);
  });
});

describe('clampToField(field, value) and parseField(field, raw)', () => {
  it('snaps to the step grid without float noise', () => {
    expect(clampToField(schema.x, 0.30000000000000004)).toBe(0.3);
    expect(clampToField(schema.learningRate, 0.00305)).toBe(0.0031);
    expect(clampToField(schema.depth, Number.NaN)).toBe(2);
  });
  it('returns the default for a missing value', () => {
    expect(parseField(schema.activation, null)).toBe('relu');
  });
});

describe('composeHref(pathname, query, hash)', () => {
  it('joins the parts a shared link needs', () => {
    expect(composeHref('/questions/why-biases', 'bias.useBias=0', 'bias')).toBe('/questions/why-biases?bias.useBias=0#bias');
    expect(composeHref('/lab/bias', '', undefined)).toBe('/lab/bias');
  });
});

describe('text fields', () => {
  const textSchema = defineSchema({
    edges: { kind: 'text', label: 'Edges', default: '', maxLength: 20, pattern: /^(?:\d+-\d+(?:,\d+-\d+)*)?$/ },
  });

  it('keeps a value that matches the pattern and is short enough', () => {
    expect(parseState(textSchema, 'g', 'g.edges=0-1%2C1-2').edges).toBe('0-1,1-2');
    expect(writeState(textSchema, 'g', { edges: '0-1,1-2' }, '')).toBe('g.edges=0-1%2C1-2');
    expect(writeState(textSchema, 'g', { edges: '' }, '')).toBe('');
  });

  it('falls back on junk, markup and over-long values', () => {
    for (const junk of ['<script>', '0-1,', '0-1,1-2,2-3,3-4,4-5,5-6', 'a-b', '0-1%0A']) {
      expect(parseState(textSchema, 'g', `g.edges=${encodeURIComponent(junk)}`).edges).toBe('');
    }
  });

  it('never returns a value outside the pattern for random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (raw) => {
        const value = parseState(textSchema, 'g', `g.edges=${encodeURIComponent(raw)}`).edges;
        return value.length <= 20 && /^(?:\d+-\d+(?:,\d+-\d+)*)?$/.test(value);
      }),
      { numRuns: 1000 },
    );
  });
});
