/** An Atom 1.0 feed (RFC 4287) of the site's questions. */
export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  /** RFC 3339 timestamp. */
  updated: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  siteUrl: string;
  feedUrl: string;
  updated: string;
  entries: FeedEntry[];
}

/** Escapes the five XML special characters. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character]!);
}

/** The feed as an Atom XML document. */
export function atomFeed(feed: Feed): string {
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.url)}"/>
    <id>${escapeXml(entry.url)}</id>
    <updated>${entry.updated}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link href="${escapeXml(feed.siteUrl)}"/>
  <link rel="self" href="${escapeXml(feed.feedUrl)}"/>
  <id>${escapeXml(feed.siteUrl)}</id>
  <updated>${feed.updated}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries}
</feed>
`;
}
