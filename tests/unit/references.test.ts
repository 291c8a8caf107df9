import { describe, expect, it } from 'vitest';
import { citationLabel, isReferenceId, references } from '@/lib/references';

describe('references', () => {
  it('every entry has authors, a plausible year, a title, a venue and an https link', () => {
    for (const [id, entry] of Object.entries(references)) {
      expect(entry.authors.length, id).toBeGreaterThan(2);
      expect(entry.year, id).toBeGreaterThan(1980);
      expect(entry.year, id).toBeLessThan(2027);
      expect(entry.title.length, id).toBeGreaterThan(5);
      expect(entry.venue.length, id).toBeGreaterThan(2);
      expect(() => new URL(entry.url), id).not.toThrow();
      expect(entry.url, id).toMatch(/^https?:\/\//);
    }
  });

  it('arXiv entries link to the id their venue names', () => {
    for (const [id, entry] of Object.entries(references)) {
      const arxiv = entry.venue.match(/arXiv:(\d{4}\.\d{4,5})/)?.[1];
      if (arxiv && entry.url.includes('arxiv.org')) expect(entry.url, id).toBe(`https://arxiv.org/abs/${arxiv}`);
    }
  });
});

describe('isReferenceId(id) and citationLabel(id)', () => {
  it('knows the bibliography and labels entries as "Authors Year"', () => {
    expect(isReferenceId('zhang2017')).toBe(true);
    expect(isReferenceId('constructor')).toBe(false);
    expect(isReferenceId('__proto__')).toBe(false);
    expect(citationLabel('zhang2017')).toBe('Zhang et al. 2017');
  });
});
