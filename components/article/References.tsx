import { references, type Reference, type ReferenceId } from '@/lib/references';

/** The article's reference list, in the order its metadata gives. */
export function References({ ids }: { ids: readonly ReferenceId[] }) {
  if (ids.length === 0) return null;
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references" className="heading">
        References
      </h2>
      <ol>
        {ids.map((id) => {
          const entry: Reference = references[id];
          return (
            <li key={id} id={`ref-${id}`}>
              {entry.authors} ({entry.year}). <cite>{entry.title}</cite>. {entry.venue}.{' '}
              <a href={entry.url}>{entry.url.replace(/^https?:\/\//, '')}</a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
