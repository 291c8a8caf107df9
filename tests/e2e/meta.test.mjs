import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, openPage, questionPages, useBrowser } from './helpers.mjs';

const browser = useBrowser();

describe('shared links and feeds', () => {
  for (const { path, title } of questionPages) {
    it(`${path} carries title, description, canonical, OpenGraph and Twitter cards with its own image`, async () => {
      const { context, page } = await openPage(browser(), path, { javaScriptEnabled: false });
      const meta = (selector) => page.locator(selector).first().getAttribute('content');
      assert.ok((await page.title()).startsWith(title));
      assert.ok((await meta('meta[name="description"]')).length > 40);
      assert.ok((await page.locator('link[rel="canonical"]').getAttribute('href')).endsWith(path));
      assert.equal(await meta('meta[property="og:title"]'), title);
      assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
      const image = await meta('meta[property="og:image"]');
      assert.ok(image.includes(`${path}/opengraph-image`), image);
      const response = await fetch(baseUrl + new URL(image).pathname);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'image/png');
      assert.ok((await response.arrayBuffer()).byteLength > 10_000);
      assert.ok((await meta('meta[name="twitter:image"]')).includes(`${path}/twitter-image`));
      await context.close();
    });
  }

  it('sitemap.xml lists every page and robots.txt points to it', async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    for (const { path } of questionPages) assert.ok(sitemap.includes(`${path}</loc>`), path);
    assert.ok(sitemap.includes('/lab/activation-shapes</loc>'));
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    assert.match(robots, /Sitemap: .*\/sitemap\.xml/);
  });

  it('feed.xml is an Atom feed of the five questions', async () => {
    const response = await fetch(`${baseUrl}/feed.xml`);
    assert.match(response.headers.get('content-type'), /application\/atom\+xml/);
    const xml = await response.text();
    assert.ok(xml.startsWith('<?xml'));
    assert.equal(xml.match(/<entry>/g).length, 5);
    for (const { title } of questionPages) assert.ok(xml.includes(title.replace(/'/g, '&apos;')), title);
  });

  it('the favicon and icon are served', async () => {
    assert.equal((await fetch(`${baseUrl}/favicon.ico`)).status, 200);
    const { context, page } = await openPage(browser(), '/', { javaScriptEnabled: false });
    assert.ok((await page.locator('link[rel="icon"]').count()) >= 1);
    await context.close();
  });
});
