import type { ReactNode } from 'react';

/** The short answer that opens an article. */
export function Answer({ children }: { children?: ReactNode }) {
  return (
    <div className="answer" role="note" aria-label="Short answer">
      <p className="kicker">Short answer</p>
      {children}
    </div>
  );
}

/** A "What the post simplifies" note for one row of the fact sheet, next to the claim it refines. */
export function Note({ fact, title, children }: { fact: number; title: string; children?: ReactNode }) {
  return (
    <div className="note" role="note" aria-label={`What the post simplifies: ${title}`} data-fact={fact}>
      <p className="kicker">What the post simplifies</p>
      <p className="note-title">{title}</p>
      {children}
    </div>
  );
}

/** One of the post's own side remarks, set off from the main line of argument. */
export function Aside({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <div className="post-aside" role="note" aria-label={title ? `Aside: ${title}` : 'Aside'}>
      <p className="kicker">Aside{title ? `: ${title}` : ''}</p>
      {children}
    </div>
  );
}
