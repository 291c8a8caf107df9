import { describe, expect, it } from 'vitest';
import { absoluteUrl, site } from '@/lib/site';

describe('absoluteUrl(path)', () => {
  it('joins the site origin and a path with exactly one slash', () => {
    expect(absoluteUrl('/questions/why-biases')).toBe(`${site.url}/questions/why-biases`);
    expect(absoluteUrl('feed.xml')).toBe(`${site.url}/feed.xml`);
    expect(site.url.endsWith('/')).toBe(false);
  });
});
