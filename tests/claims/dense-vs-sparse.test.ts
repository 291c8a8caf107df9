import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSparseTimer } from '@/lib/analysis/sparseTiming';

const article = readFileSync('content/why-layers.mdx', 'utf8');

describe('dense-vs-sparse claims', () => {
  it('the demo sits in why-layers right after "don’t like sparse structures", before the fact-3 note', () => {
    const sentence = article.indexOf("Computers, in short, don't like sparse structures.");
    const demo = article.indexOf('<Demo id="dense-vs-sparse">');
    const note = article.indexOf('<Note fact={3}');
    expect(sentence).toBeGreaterThan(0);
    expect(demo).toBeGreaterThan(sentence);
    expect(note).toBeGreaterThan(demo);
  });

  it('“the dense line climbs as zeros grow”: measured for real, dense per useful multiply-add at 99% zeros is over 10× that at 0%', () => {
    const timer = createSparseTimer({ size: 128, seed: 1, levels: [0, 0.99], targetMs: 10, burstMs: 4, now: () => performance.now() });
    let result = timer.burst();
    while (!result.done) result = timer.burst();
    const [none, most] = result.points;
    expect(most.nonZeros).toBe(Math.round(0.01 * 128 * 128));
    expect(most.denseNs).toBeGreaterThan(10 * none.denseNs);
  });
});
