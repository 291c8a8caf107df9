import { loadQuestionList } from '@/components/article/articles';
import { atomFeed } from '@/lib/content/feed';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** The Atom feed of the questions. */
export async function GET() {
  const questions = await loadQuestionList();
  const xml = atomFeed({
    title: site.name,
    subtitle: site.tagline,
    siteUrl: absoluteUrl('/'),
    feedUrl: absoluteUrl('/feed.xml'),
    updated: '2026-11-28T00:00:00Z',
    entries: questions.map((question) => ({
      title: question.title,
      url: absoluteUrl(`/questions/${question.slug}`),
      summary: question.answer,
      updated: '2026-11-28T00:00:00Z',
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
