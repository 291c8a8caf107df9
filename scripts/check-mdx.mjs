// Compiles each given .mdx file with the site's remark/rehype plugins and fails on any
// message (a KaTeX parse error, an MDX syntax error). Usage: node scripts/check-mdx.mjs content/*.mdx
import { readFile } from 'node:fs/promises';
import { compile } from '@mdx-js/mdx';
import { resolveMdxOptions } from '../mdx.config.mjs';

const options = await resolveMdxOptions();
let failed = 0;
for (const path of process.argv.slice(2)) {
  try {
    const file = await compile(
      { path, value: await readFile(path, 'utf8') },
      options,
    );
    if (file.messages.length) {
      failed++;
      for (const message of file.messages) console.error(`${path}: ${message}`);
    } else console.log(`${path}: ok`);
  } catch (error) {
    failed++;
    console.error(`${path}: ${error}`);
  }
}
process.exit(failed ? 1 : 0);
