import Link from 'next/link';

interface Neighbour {
  href: string;
  title: string;
}

/** Links to the previous and next question. */
export function PrevNext({ previous, next }: { previous: Neighbour | null; next: Neighbour | null }) {
  return (
    <nav className="prev-next" aria-label="Previous and next question">
      {previous ? (
        <Link href={previous.href} rel="prev">
          <span className="label">Previous</span>
          {previous.title}
        </Link>
      ) : null}
      {next ? (
        <Link href={next.href} rel="next" className="next">
          <span className="label">Next</span>
          {next.title}
        </Link>
      ) : null}
    </nav>
  );
}
