// Renders every `$…$` and `$$…$$` (marked by remark-math) with KaTeX at build time and hands
// it to the page as one HTML string per formula (<MathHtml html="…">), instead of as thousands
// of JSX elements. The reader gets the same HTML + MathML; React then hydrates one element per
// formula instead of every span inside it (KaTeX is ~90% of an article's DOM), and no math
// JavaScript ships. A formula KaTeX cannot parse fails the build with its position.
import katex from 'katex';

const katexOptions = { output: 'htmlAndMathml', throwOnError: true, strict: false };

function classes(node) {
  const value = node.properties?.className;
  return Array.isArray(value) ? value : [];
}

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function island(tex, display, file, node) {
  let html;
  try {
    html = katex.renderToString(tex, { ...katexOptions, displayMode: display });
  } catch (error) {
    file.fail(`KaTeX could not render ${JSON.stringify(tex)}: ${error.message}`, node);
  }
  return {
    type: display ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name: 'MathHtml',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'html', value: html },
      ...(display ? [{ type: 'mdxJsxAttribute', name: 'display', value: null }] : []),
    ],
    children: [],
  };
}

/** The math node a child stands for, or null: `code.math-inline`, or `pre > code.math-display`. */
function mathOf(node) {
  if (node.type !== 'element') return null;
  if (node.tagName === 'code' && classes(node).includes('math-inline')) return { tex: textOf(node), display: false };
  if (node.tagName === 'pre' && node.children?.length === 1) {
    const code = node.children[0];
    if (code.type === 'element' && code.tagName === 'code' && classes(code).includes('math-display')) return { tex: textOf(code), display: true };
  }
  return null;
}

export default function rehypeMathIslands() {
  return (tree, file) => {
    const walk = (parent) => {
      if (!parent.children) return;
      parent.children = parent.children.map((child) => {
        const math = mathOf(child);
        if (math) return island(math.tex, math.display, file, child);
        walk(child);
        return child;
      });
    };
    walk(tree);
  };
}
