import { loadArticle } from '@/components/article/articles';
import { ogCard, ogSize } from '@/components/article/ogCard';
import { site } from '@/lib/site';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The site name and what it explains';

export default async function Image() {
  const { metadata } = await loadArticle('introduction');
  return ogCard('Five questions, live demos', site.name, metadata.description);
}
