import type { ReactNode } from 'react';
import { SectionLink } from './SectionLink';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return '';
}

/** An article heading with a permalink and a copy-link button that show on hover or focus. */
export function Heading({ level, id, children }: { level: 2 | 3; id?: string; children?: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  const title = textOf(children);
  return (
    <Tag id={id} className="heading">
      {children}
      {id ? (
        <span className="heading-tools">
          <a className="heading-anchor" href={`#${id}`} aria-label={`Permalink to section “${title}”`}>
            #
          </a>
          <SectionLink id={id} title={title} />
        </span>
      ) : null}
    </Tag>
  );
}
