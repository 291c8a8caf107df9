import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { posters } from '@/components/widgets/posters';
import { findWidget, widgets, type WidgetId } from '@/components/widgets/registry';
import { WidgetMount } from '@/components/widgets/WidgetMount';

export const dynamicParams = false;

export function generateStaticParams() {
  return widgets.map((widget) => ({ demo: widget.id }));
}

type Params = { params: Promise<{ demo: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const widget = findWidget((await params).demo);
  if (!widget) return {};
  return {
    title: `${widget.title} (lab)`,
    description: widget.summary,
    alternates: { canonical: `/lab/${widget.id}` },
    openGraph: { title: widget.title, description: widget.summary, url: `/lab/${widget.id}` },
  };
}

export default async function LabPage({ params }: Params) {
  const widget = findWidget((await params).demo);
  if (!widget) notFound();
  const id = widget.id as WidgetId;
  return (
    <div className="page lab">
      <p className="article-kicker">Lab</p>
      <h1>{widget.title}</h1>
      <p>
        {widget.summary} The argument behind it: <Link href={`/questions/${widget.question}#${id}`}>read it in its article</Link>.
      </p>
      <section id={id} aria-labelledby={`${id}-demo-heading`}>
        {/* In an article a demo sits under a section's h2; here this heading keeps its panel headings (h3) in order. */}
        <h2 id={`${id}-demo-heading`} className="visually-hidden">
          The demo: {widget.title}
        </h2>
        <WidgetMount id={id} title={widget.title} mode="lab">
          {posters[id]()}
        </WidgetMount>
      </section>
    </div>
  );
}
