import { loadArticle } from '@/components/article/articles';
import { ogCard, ogSize } from '@/components/article/ogCard';
import { questionSlugs, type QuestionSlug } from '@/lib/content/articleMeta';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The question, its short answer and the site name';

export function generateStaticParams() {
  return questionSlugs.map((slug) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { metadata } = await loadArticle(slug as QuestionSlug);
  const position = questionSlugs.indexOf(slug as QuestionSlug) + 1;
  return ogCard(`Question ${position} of ${questionSlugs.length}`, metadata.title, metadata.answer);
}
