import { citationLabel, isReferenceId, references } from '@/lib/references';

/** An in-text citation linking to its entry in the page's reference list. */
export function Cite({ id }: { id: string }) {
  if (!isReferenceId(id)) throw new Error(`<Cite id="${id}"> names no entry of lib/references.ts`);
  return (
    <a className="cite" href={`#ref-${id}`} title={references[id].title}>
      [{citationLabel(id)}]
    </a>
  );
}
