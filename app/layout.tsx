import 'katex/dist/katex.min.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ThemeToggle } from '@/components/controls/ThemeToggle';
import { questionSlugs } from '@/lib/content/articleMeta';
import { site } from '@/lib/site';
import { themeScript } from './theme-script';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.tagline,
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: site.name }] } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#131418' },
  ],
};

const navLabels: Record<(typeof questionSlugs)[number], string> = {
  'why-layers': 'Layers',
  'why-biases': 'Biases',
  'why-activation-functions': 'Activations',
  'choosing-an-architecture': 'Architecture',
  'why-structure-emerges': 'Structure',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link className="site-title" href="/">
              {site.name}
            </Link>
            <nav className="site-nav" aria-label="Questions">
              {questionSlugs.map((slug) => (
                <Link key={slug} href={`/questions/${slug}`} prefetch={false}>
                  {navLabels[slug]}
                </Link>
              ))}
            </nav>
            <ThemeToggle />
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="site-footer-inner">
            <p>
              Made from the blog post <cite>Beginner questions about deep learning</cite> (1 November 2024), rewritten with
              fact-checked notes and live demos that train in your browser. <Link href="/feed.xml">Atom feed</Link>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
