import { describe, expect, it } from 'vitest';
import { countWords, extractHeadings, readingMinutes } from '@/lib/content/outline';

const source = `export const metadata = {
  title: 'Why?',
  answer: 'Because of many words here',
};

<Answer>Short answer.</Answer>

## Why layers?

Some prose with $x^2$ math.

### The *brain* as a graph

\`\`\`
## not a heading
\`\`\`

$$
# not a heading either
$$

## Why layers?
`;

describe('extractHeadings(source)', () => {
  it('lists ## and ### headings with github-slugger ids, skipping code and math blocks', () => {
    expect(extractHeadings(source)).toEqual([
      { depth: 2, text: 'Why layers?', id: 'why-layers' },
      { depth: 3, text: 'The brain as a graph', id: 'the-brain-as-a-graph' },
      { depth: 2, text: 'Why layers?', id: 'why-layers-1' },
    ]);
  });
});

describe('countWords(source) and readingMinutes(source)', () => {
  it('counts prose words, not metadata or tags', () => {
    expect(countWords(source)).toBe(16);
  });
  it('gives at least one minute and grows with length', () => {
    expect(readingMinutes(source)).toBe(1);
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });
});
