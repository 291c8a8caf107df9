// Screenshots of pages for a person to look at: node scripts/screenshots.mjs [path …]
// Writes tests/e2e/screenshots/<name>-<light|dark>-<width>.png (and -nojs) from http://localhost:3000.
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/browser.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'tests/e2e/screenshots';
await mkdir(out, { recursive: true });
const browser = await launchBrowser();
for (const path of paths) {
  const name = path === '/' ? 'index' : path.replace(/^\//, '').replace(/[/?#=&.]/g, '_');
  for (const [scheme, width, javaScript] of [['light', 1440, true], ['dark', 1440, true], ['light', 390, true], ['dark', 390, false]]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && console.log(`console error on ${path}: ${message.text()}`));
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000); // let a smooth scroll to an anchor finish
    const full = process.env.FULL === '1';
    await page.screenshot({ path: `${out}/${name}-${scheme}-${width}${javaScript ? '' : '-nojs'}.png`, fullPage: full });
    await context.close();
  }
}
await browser.close();
