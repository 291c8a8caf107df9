import type { Heading } from '@/lib/content/outline';
import { TocTracker } from './TocTracker';

/** The table of contents: every ## and ### heading, then the references. */
export function Toc({ headings, hasReferences }: { headings: Heading[]; hasReferences: boolean }) {
  const entries = hasReferences ? [...headings, { depth: 2 as const, text: 'References', id: 'references' }] : headings;
  return (
    <nav className="toc" aria-label="Contents">
      <details>
        <summary>Contents</summary>
        <ol>
          {entries.map((heading) => (
            <li key={heading.id} className={`depth-${heading.depth}`}>
              <a href={`#${heading.id}`}>{heading.text}</a>
            </li>
          ))}
        </ol>
      </details>
      <TocTracker ids={entries.map((heading) => heading.id)} />
    </nav>
  );
}
