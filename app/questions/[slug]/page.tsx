import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isQuestionSlug, loadArticle, loadQuestionList, questionPath } from '@/components/article/articles';
import { PrevNext } from '@/components/article/PrevNext';
import { References } from '@/components/article/References';
import { PageLink } from '@/components/article/SectionLink';
import { Toc } from '@/components/article/Toc';
import { questionSlugs, type QuestionSlug } from '@/lib/content/articleMeta';

export const dynamicParams = false;

export function generateStaticParams() {
  return questionSlugs.map((slug) => ({ slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  if (!isQuestionSlug(slug)) return {};
  const { metadata } = await loadArticle(slug);
  const path = questionPath(slug);
  return {
    title: metadata.title,
    description: metadata.description,
    alternates: { canonical: path },
    openGraph: { type: 'article', title: metadata.title, description: metadata.description, url: path },
    twitter: { card: 'summary_large_image', title: metadata.title, description: metadata.description },
  };
}

export default async function QuestionPage({ params }: Params) {
  const { slug } = await params;
  if (!isQuestionSlug(slug)) notFound();
  const [{ Content, metadata, headings, minutes }, questions] = await Promise.all([loadArticle(slug), loadQuestionList()]);
  const index = questions.findIndex((question) => question.slug === slug);
  const previous = index > 0 ? questions[index - 1] : null;
  const next = index < questions.length - 1 ? questions[index + 1] : null;
  return (
    <div className="page">
      <article className="article-layout" data-slug={slug}>
        <header className="article-header prose">
          <p className="article-kicker">
            Question {index + 1} of {questions.length}
          </p>
          <h1>{metadata.title}</h1>
          <p className="article-meta">
            <span>{minutes} min read</span>
            <PageLink />
          </p>
        </header>
        <Toc headings={headings} hasReferences={metadata.references.length > 0} />
        <div className="prose">
          <Content />
          <References ids={metadata.references} />
          <PrevNext
            previous={previous ? { href: questionPath(previous.slug as QuestionSlug), title: previous.shortTitle } : { href: '/', title: 'Introduction' }}
            next={next ? { href: questionPath(next.slug as QuestionSlug), title: next.shortTitle } : null}
          />
        </div>
      </article>
    </div>
  );
}
