import type { CompileOptions } from '@mdx-js/mdx';

export declare const mdxPluginNames: {
  remarkPlugins: string[];
  rehypePlugins: string[];
};

export declare function resolveMdxOptions(): Promise<Pick<CompileOptions, 'remarkPlugins' | 'rehypePlugins'>>;
