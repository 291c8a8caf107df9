import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { baseUrl } from './helpers.mjs';
import { startLighthouse } from './lighthouseRunner.mjs';

// Every prerendered page (articles, home, every /lab page), as the post-build hashing found them.
const pages = Object.keys(JSON.parse(readFileSync('.next/csp-hashes.json', 'utf8'))).filter((path) => !path.startsWith('/_'));

describe('Lighthouse gates: accessibility 1.0 and SEO 1.0 on every page', () => {
  let lighthouse;
  before(async () => {
    lighthouse = await startLighthouse();
  });
  after(() => lighthouse?.close());

  it(`${pages.length} pages score 1.0 for accessibility and SEO`, async () => {
    const failures = [];
    for (const path of pages) {
      const { scores, failing, runtimeError } = await lighthouse.run(baseUrl + path, ['accessibility', 'seo'], { quick: true });
      if (runtimeError || scores.accessibility !== 1 || scores.seo !== 1) failures.push(`${path}: ${JSON.stringify(scores)} ${runtimeError ?? ''} ${failing.join('; ')}`);
    }
    assert.deepEqual(failures, []);
  });
});
