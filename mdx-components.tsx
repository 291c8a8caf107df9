import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Answer, Aside, Note } from '@/components/article/Blocks';
import { Cite } from '@/components/article/Cite';
import { Heading } from '@/components/article/Heading';
import { MathHtml } from '@/components/article/MathHtml';
import { Demo } from '@/components/widgets/Demo';

/** The tags an article may use, and nothing else (see docs/writing-an-article.md). */
const components: MDXComponents = {
  h2: (props: ComponentProps<'h2'>) => <Heading level={2} id={props.id}>{props.children}</Heading>,
  h3: (props: ComponentProps<'h3'>) => <Heading level={3} id={props.id}>{props.children}</Heading>,
  table: (props: ComponentProps<'table'>) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
  MathHtml,
  Answer,
  Note,
  Aside,
  Cite,
  Demo,
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
