import type { MetadataRoute } from 'next';
import { widgets } from '@/components/widgets/registry';
import { questionSlugs } from '@/lib/content/articleMeta';
import { absoluteUrl } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl('/'), priority: 1 },
    ...questionSlugs.map((slug) => ({ url: absoluteUrl(`/questions/${slug}`), priority: 0.9 })),
    ...widgets.map((widget) => ({ url: absoluteUrl(`/lab/${widget.id}`), priority: 0.5 })),
  ];
}
