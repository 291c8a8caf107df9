import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openPage, questionPages, useBrowser } from './helpers.mjs';

const browser = useBrowser();
const allPages = [{ path: '/', title: 'Why does any of this work?' }, ...questionPages];

describe('every page', () => {
  for (const { path, title } of allPages) {
    it(`${path} answers 200 with the question as h1, math, no console errors and no axe violations`, async () => {
      const { context, page, response } = await openPage(browser(), path);
      assert.equal(response.status(), 200);
      assert.equal((await page.locator('h1').textContent()).trim(), title);
      assert.equal(await page.locator('h1').count(), 1);
      if (path !== '/') {
        assert.ok((await page.locator('.katex').count()) > 3, 'KaTeX math is rendered');
        assert.ok((await page.locator('.katex-mathml math').count()) > 3, 'MathML is there for screen readers');
      }
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }

  for (const { path } of questionPages) {
    it(`${path} has contents, permalinks that resolve, reading time, references and previous/next`, async () => {
      const { context, page } = await openPage(browser(), path);
      const tocTargets = await page.locator('.toc a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.ok(tocTargets.length >= 4);
      const anchors = await page.locator('.heading-anchor').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.ok(anchors.length >= 3);
      for (const href of [...tocTargets, ...anchors]) {
        assert.match(href, /^#[a-z0-9-]+$/);
        assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, `${href} resolves to one element`);
      }
      assert.match(await page.locator('.article-meta').textContent(), /\d+ min read/);
      assert.ok((await page.locator('.references li').count()) >= 1);
      const citations = await page.locator('a.cite').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const href of citations) assert.equal(await page.locator(href).count(), 1, `${href} is in the reference list`);
      assert.ok((await page.locator('.prev-next a').count()) >= 1);
      assert.ok((await page.locator('.note[data-fact]').count()) >= 1, 'a "What the post simplifies" note');
      await context.close();
    });
  }

  it('a heading permalink shows on focus and navigates to its section', async () => {
    const { context, page } = await openPage(browser(), '/questions/why-biases');
    const anchor = page.locator('.heading-anchor').first();
    await anchor.focus();
    await page.waitForFunction(() => getComputedStyle(document.activeElement.parentElement).opacity === '1', null, { timeout: 2000 });
    const href = await anchor.getAttribute('href');
    await anchor.click();
    assert.ok(page.url().endsWith(href));
    await context.close();
  });

  it('copy link for the page and for a section puts the right URL on the clipboard', async () => {
    const { context, page } = await openPage(browser(), '/questions/why-layers', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Copy link to this page' }).click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${new URL(page.url()).origin}/questions/why-layers`);
    const sectionButton = page.locator('.heading-tools button').first();
    const id = await page.locator('.heading').first().getAttribute('id');
    await sectionButton.focus();
    await sectionButton.click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${new URL(page.url()).origin}/questions/why-layers#${id}`);
    await context.close();
  });

  it('an unknown question answers 404 with a way back', async () => {
    const { context, page, response } = await openPage(browser(), '/questions/why-not');
    assert.equal(response.status(), 404);
    assert.match(await page.locator('h1').textContent(), /not found/i);
    assert.ok((await page.locator('a[href="/questions/why-layers"]').count()) >= 1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  for (const { path, title } of allPages) {
    it(`${path} keeps its text, headings and math`, async () => {
      const { context, page } = await openPage(browser(), path, { javaScriptEnabled: false });
      assert.equal((await page.locator('h1').textContent()).trim(), title);
      assert.ok((await page.locator('main p').count()) > 5);
      assert.ok((await page.locator('main h2').count()) >= 2);
      if (path !== '/') assert.ok((await page.locator('.katex').count()) > 3);
      assert.equal(await page.locator('script[src*="katex"]').count(), 0, 'no math JavaScript');
      await context.close();
    });
  }
});
