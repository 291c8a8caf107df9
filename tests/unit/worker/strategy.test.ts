import { describe, expect, it } from 'vitest';
import { parseState } from '@/lib/url/codec';
import { defineSchema } from '@/lib/url/schema';
import { strategies, strategyConfig, strategyField } from '@/lib/worker/strategy';

describe('strategyConfig(strategy)', () => {
  it("leaves 'auto' to the worker and forces the engine (and backend) otherwise", () => {
    expect(strategyConfig('auto')).toEqual({ engine: 'auto', backend: 'auto' });
    expect(strategyConfig('typed')).toEqual({ engine: 'typed', backend: 'auto' });
    expect(strategyConfig('wasm')).toEqual({ engine: 'tfjs', backend: 'wasm' });
    expect(strategyConfig('cpu')).toEqual({ engine: 'tfjs', backend: 'cpu' });
    expect(strategyConfig('webgl')).toEqual({ engine: 'tfjs', backend: 'webgl' });
  });

  it('has a label for every option, and an unknown strategy in the URL falls back to auto', () => {
    for (const strategy of strategies) expect(strategyField.optionLabels?.[strategy]).toBeTruthy();
    const schema = defineSchema({ engine: strategyField });
    expect(parseState(schema, 'demo', '?demo.engine=cuda').engine).toBe('auto');
    expect(parseState(schema, 'demo', '?demo.engine=wasm').engine).toBe('wasm');
  });
});
