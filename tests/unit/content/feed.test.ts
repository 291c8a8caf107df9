import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '@/lib/content/feed';

describe('escapeXml(text)', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('atomFeed(feed)', () => {
  it('writes an Atom document with one escaped entry per question', () => {
    const xml = atomFeed({
      title: 'Site',
      subtitle: 'Sub',
      siteUrl: 'https://example.org/',
      feedUrl: 'https://example.org/feed.xml',
      updated: '2026-11-28T00:00:00Z',
      entries: [
        { title: 'Why <this>?', url: 'https://example.org/q/a', summary: 'A & B', updated: '2026-11-28T00:00:00Z' },
        { title: 'Why not?', url: 'https://example.org/q/b', summary: 'C', updated: '2026-11-28T00:00:00Z' },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Why &lt;this&gt;?</title>');
    expect(xml).toContain('<summary>A &amp; B</summary>');
    expect(xml).toContain('<link rel="self" href="https://example.org/feed.xml"/>');
  });
});
