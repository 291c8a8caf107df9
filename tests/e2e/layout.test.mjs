import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openPage, questionPages, useBrowser } from './helpers.mjs';

const browser = useBrowser();

function backgroundOf(page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

describe('themes, widths and print', () => {
  it('follows the system theme and renders dark without axe violations', async () => {
    const { context, page } = await openPage(browser(), '/questions/why-biases', { colorScheme: 'dark' });
    assert.equal(await backgroundOf(page), 'rgb(19, 20, 24)');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('the theme toggle switches and is remembered across pages', async () => {
    const { context, page } = await openPage(browser(), '/', { colorScheme: 'light' });
    assert.equal(await backgroundOf(page), 'rgb(253, 252, 250)');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    assert.equal(await backgroundOf(page), 'rgb(19, 20, 24)');
    await page.goto(page.url().replace(/\/$/, '') + '/questions/why-layers', { waitUntil: 'networkidle' });
    assert.equal(await backgroundOf(page), 'rgb(19, 20, 24)');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    assert.equal(await backgroundOf(page), 'rgb(253, 252, 250)');
    await context.close();
  });

  for (const width of [390, 1440]) {
    it(`every page fits ${width} px without sideways scrolling`, async () => {
      for (const { path } of [{ path: '/' }, ...questionPages, { path: '/lab/activation-shapes' }]) {
        const { context, page } = await openPage(browser(), path, { viewport: { width, height: 900 } });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} overflows by ${overflow} px at ${width} px`);
        await context.close();
      }
    });
  }

  it('at 390 px the body text stays at least 17 px and controls stay at least 24 px', async () => {
    const { context, page } = await openPage(browser(), '/questions/why-activation-functions', { viewport: { width: 390, height: 800 } });
    assert.ok(parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector('div.prose > p')).fontSize)) >= 17);
    const sizes = await page.locator('main button, main select, main summary').evaluateAll((nodes) =>
      nodes.filter((node) => node.offsetParent !== null).map((node) => node.getBoundingClientRect().height),
    );
    for (const height of sizes) assert.ok(height >= 24, `a control is ${height} px tall`);
    await context.close();
  });

  it('print hides the navigation and tools and keeps the article', async () => {
    const { context, page } = await openPage(browser(), '/questions/why-biases');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(await page.locator('.toc').isVisible(), false);
    assert.equal(await page.locator('h1').isVisible(), true);
    assert.equal(await page.locator('.references').isVisible(), true);
    await context.close();
  });

  it('reduced motion turns smooth scrolling off', async () => {
    const { context, page } = await openPage(browser(), '/', { reducedMotion: 'reduce' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
    await context.close();
  });
});
