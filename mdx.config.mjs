// The one list of MDX plugins, by name, as Next (Turbopack) needs them; scripts and tests
// resolve the same names with resolveMdxOptions(). Local plugins go by absolute path: the
// loader resolves names from a directory that is not always the project's root.
import { fileURLToPath } from 'node:url';

export const mdxPluginNames = {
  remarkPlugins: ['remark-gfm', 'remark-math'],
  rehypePlugins: ['rehype-slug', fileURLToPath(new URL('./scripts/mdx/rehype-math-islands.mjs', import.meta.url))],
};

/** The same options with every plugin imported, for @mdx-js/mdx's compile() in Node. */
export async function resolveMdxOptions() {
  const load = async (entry) => {
    const [name, options] = Array.isArray(entry) ? entry : [entry];
    const module = await import(name.startsWith('/') ? new URL(`file://${name}`).href : name);
    return options === undefined ? module.default : [module.default, options];
  };
  return {
    remarkPlugins: await Promise.all(mdxPluginNames.remarkPlugins.map(load)),
    rehypePlugins: await Promise.all(mdxPluginNames.rehypePlugins.map(load)),
  };
}
