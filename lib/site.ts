/** Site-wide constants: the name, the canonical origin links are built on, the author line. */
export const site = {
  name: 'Why Deep Learning Works',
  tagline: 'Five beginner questions about neural networks, answered with arguments you can run.',
  /** The origin canonical URLs, the sitemap and the feed use; set SITE_URL when deploying. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en',
} as const;

/** An absolute URL on this site for a path ('/questions/why-biases'). */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}
