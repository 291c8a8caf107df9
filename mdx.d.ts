declare module '*.mdx' {
  import type { ComponentType } from 'react';
  import type { ArticleMeta } from '@/lib/content/articleMeta';
  export const metadata: ArticleMeta;
  const MDXContent: ComponentType<Record<string, unknown>>;
  export default MDXContent;
}
