import type { Metadata } from 'next';
import Link from 'next/link';
import { loadArticle, loadQuestionList, questionPath } from '@/components/article/articles';
import { site } from '@/lib/site';
import type { QuestionSlug } from '@/lib/content/articleMeta';

export async function generateMetadata(): Promise<Metadata> {
  const { metadata } = await loadArticle('introduction');
  return {
    title: { absolute: site.name },
    description: metadata.description,
    alternates: { canonical: '/' },
    openGraph: { type: 'website', title: site.name, description: metadata.description, url: '/', siteName: site.name },
    twitter: { card: 'summary_large_image', title: site.name, description: metadata.description },
  };
}

export default async function HomePage() {
  const [{ Content, metadata }, questions] = await Promise.all([loadArticle('introduction'), loadQuestionList()]);
  return (
    <div className="page">
      <article className="intro prose">
        <p className="article-kicker">An explainer in five questions</p>
        <h1>{metadata.title}</h1>
        <Content />
        <h2 id="the-questions">The questions</h2>
        <ol className="question-list">
          {questions.map((question) => (
            <li key={question.slug}>
              <h3>
                <Link href={questionPath(question.slug as QuestionSlug)} prefetch={false}>
                  {question.title}
                </Link>
              </h3>
              <p>{question.answer}</p>
            </li>
          ))}
        </ol>
      </article>
    </div>
  );
}
