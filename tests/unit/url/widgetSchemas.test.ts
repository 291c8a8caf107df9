/**
 * Every demo's URL schema, fuzzed: 10,000 random query strings each (junk, XSS payloads,
 * prototype keys, huge and odd numbers), and random valid states through serialise → parse.
 * New demos are picked up from components/widgets/<Name>/state.ts without listing them here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widgets } from '@/components/widgets/registry';
import { clampToField, parseState, serializeState } from '@/lib/url/codec';
import type { Field, Schema, StateOf } from '@/lib/url/schema';

const modules = import.meta.glob<Record<string, unknown>>('../../../components/widgets/*/state.ts', { eager: true });

/** A demo's id from its folder: DenseVsSparse → dense-vs-sparse. */
const idOf = (path: string) => path.split('/').at(-2)!.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && Object.values(value).length > 0 && Object.values(value).every((field) => typeof field === 'object' && field !== null && 'kind' in field && 'default' in field);

const schemas: [string, Schema][] = Object.entries(modules).flatMap(([path, module]) => {
  const found = Object.values(module).filter(isSchema);
  return found.length === 1 ? [[idOf(path), found[0]] as [string, Schema]] : [];
});

/** Hostile values: markup, script URLs, prototype names, huge, odd and non-numbers. */
const PAYLOADS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  '__proto__', 'constructor', 'prototype', 'toString', 'x'.repeat(5000), 'Infinity', '-Infinity', 'NaN', '-1e999', '1e999', '3abc',
  '0x10', '', ' ', '-0', '1e-400', '9'.repeat(400), '%00', '\u0000', '😀', 'true', '1', '0',
];

function withinField(field: Field, value: unknown): boolean {
  switch (field.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= field.min && value <= field.max && clampToField(field, value) === value;
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
      return typeof value === 'string' && field.options.includes(value);
    case 'text':
      field.pattern.lastIndex = 0;
      return typeof value === 'string' && value.length <= field.maxLength && field.pattern.test(value);
  }
}

const inBounds = (schema: Schema, state: Record<string, unknown>) =>
  Object.keys(state).length === Object.keys(schema).length && Object.entries(schema).every(([name, field]) => withinField(field, state[name]));

/** Random query strings aimed at one demo: its own keys, hostile keys, payloads and random text. */
function hostileQuery(id: string, schema: Schema): fc.Arbitrary<string> {
  const key = fc.constantFrom(...Object.keys(schema), '__proto__', 'constructor', 'prototype');
  const value = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 40 }), fc.double().map(String), fc.integer().map(String));
  const pair = fc.tuple(key, value, fc.boolean()).map(([name, raw, encode]) => `${id}.${name}=${encode ? encodeURIComponent(raw) : raw}`);
  return fc.oneof(fc.array(pair, { maxLength: 12 }).map((pairs) => pairs.join('&')), fc.string({ maxLength: 300 }));
}

/** Any valid state of a field, as the controls could set it. */
function validValue(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'number': {
      const steps = Math.round((field.max - field.min) / field.step);
      return fc.integer({ min: 0, max: steps }).map((k) => clampToField(field, field.min + k * field.step));
    }
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...field.options);
    case 'text':
      return fc.stringMatching(field.pattern, { size: 'small' }).filter((text) => text.length <= field.maxLength && text === text.trim()).map((text) => text);
  }
}

/** The longest URL value each field can take, for the worst-case size of a shared link. */
function longestValue(field: Field): string {
  switch (field.kind) {
    case 'number': {
      const steps = Math.round((field.max - field.min) / field.step);
      const candidates = [field.min, field.max, ...Array.from({ length: Math.min(steps, 2000) }, (_, k) => clampToField(field, field.min + ((k + 1) * steps / Math.min(steps, 2000)) * field.step))];
      return candidates.map(String).sort((a, b) => b.length - a.length)[0];
    }
    case 'boolean':
      return '0';
    case 'choice':
      return [...field.options].sort((a, b) => b.length - a.length)[0];
    case 'text':
      return '%FF'.repeat(field.maxLength);
  }
}

describe('every demo’s URL schema, fuzzed', () => {
  it('finds a schema for every registered demo', () => {
    expect(schemas.map(([id]) => id).sort()).toEqual(widgets.map((widget) => widget.id).sort());
  });

  for (const [id, schema] of schemas) {
    it(`${id}: 10,000 hostile query strings never throw and always give an in-bounds state`, () => {
      fc.assert(fc.property(hostileQuery(id, schema), (query) => inBounds(schema, parseState(schema, id, query))), { numRuns: 10_000 });
      for (const payload of PAYLOADS) {
        const query = Object.keys(schema).map((name) => `${id}.${name}=${encodeURIComponent(payload)}`).join('&');
        expect(inBounds(schema, parseState(schema, id, query)), payload.slice(0, 40)).toBe(true);
      }
    });

    it(`${id}: parse(serialize(s)) = s for random valid states`, () => {
      const state = fc.record(Object.fromEntries(Object.entries(schema).map(([name, field]) => [name, validValue(field)]))) as fc.Arbitrary<StateOf<Schema>>;
      fc.assert(
        fc.property(state, (value) => {
          const query = new URLSearchParams(serializeState(schema, id, value)).toString();
          expect(parseState(schema, id, query)).toEqual(value);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('a link to any article, with every demo on it at its longest state, stays under 2,000 characters', () => {
    const origin = 'https://why-deep-learning.example';
    const byQuestion = new Map<string, string[]>();
    for (const widget of widgets) {
      const schema = schemas.find(([id]) => id === widget.id)![1];
      const pairs = Object.entries(schema).map(([name, field]) => `${widget.id}.${name}=${longestValue(field)}`);
      byQuestion.set(widget.question, [...(byQuestion.get(widget.question) ?? []), ...pairs]);
    }
    for (const [question, pairs] of byQuestion) {
      const url = `${origin}/questions/${question}?${pairs.join('&')}#a-section-heading-of-some-length`;
      expect(url.length, question).toBeLessThan(2000);
    }
  });
});
