import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { baseUrl, useBrowser } from './helpers.mjs';

const browser = useBrowser();

// Every prerendered page, as the post-build hashing found them: the articles, the home page
// and every /lab page, plus a path with no page (the 404 page).
const pages = [...Object.keys(JSON.parse(readFileSync('.next/csp-hashes.json', 'utf8'))).filter((path) => !path.startsWith('/_')), '/no-such-page'];

/** A context whose pages record every Content-Security-Policy violation in window.__violations. */
async function watchedContext() {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return context;
}

/** Scrolls through the page so that every lazy demo loads its code. */
async function scrollThrough(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 700) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  await page.waitForLoadState('networkidle');
}

/** The headers every response carries. */
function assertCommonHeaders(headers, what) {
  assert.match(headers['strict-transport-security'] ?? '', /max-age=\d{7,}/, `${what}: HSTS`);
  assert.equal(headers['x-content-type-options'], 'nosniff', `${what}: nosniff`);
  assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', `${what}: Referrer-Policy`);
  assert.match(headers['permissions-policy'] ?? '', /camera=\(\), microphone=\(\), geolocation=\(\)/, `${what}: Permissions-Policy`);
}

/** The policy's directives by name. */
function directives(policy) {
  return Object.fromEntries((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values]));
}

/** A strict policy: no inline or eval'd script, wasm allowed, workers and objects pinned down. */
function assertStrictPolicy(policy, what, frameAncestors) {
  const csp = directives(policy);
  assert.ok(csp['script-src'], `${what}: has script-src (${policy})`);
  assert.ok(!csp['script-src'].includes("'unsafe-inline'") && !csp['script-src'].includes("'unsafe-eval'"), `${what}: ${csp['script-src']}`);
  assert.ok(csp['script-src'].includes("'wasm-unsafe-eval'"), `${what}: wasm allowed`);
  assert.deepEqual(csp['worker-src'], ["'self'"], what);
  assert.deepEqual(csp['object-src'], ["'none'"], what);
  assert.deepEqual(csp['base-uri'], ["'none'"], what);
  assert.deepEqual(csp['style-src'], ["'self'"], `${what}: no inline <style>`);
  assert.deepEqual(csp['style-src-attr'], ["'unsafe-inline'"], `${what}: KaTeX's style attributes only`);
  if (frameAncestors) assert.deepEqual(csp['frame-ancestors'], frameAncestors, `${what}: frame-ancestors`);
}

describe('security headers and the Content-Security-Policy', () => {
  it(`every page (${pages.length}) and lab page loads, and its demos load, with no CSP violation and every header`, async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    for (const path of pages) {
      const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      assert.equal(response.status(), path === '/no-such-page' ? 404 : 200, path);
      const headers = await response.allHeaders();
      assertCommonHeaders(headers, path);
      assertStrictPolicy(headers['content-security-policy'], path, path.startsWith('/lab/') ? ['*'] : ["'none'"]);
      await scrollThrough(page);
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `${path}: CSP violations`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('scripts, workers and wasm are served with the asset policy and the right types', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    const assets = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js') || url.pathname.endsWith('.wasm')) assets.push(response);
    });
    await page.goto(`${baseUrl}/lab/collapse?collapse.engine=wasm`, { waitUntil: 'networkidle' });
    await page.locator('[data-widget="collapse"] .train-controls').waitFor();
    await page.locator('[data-widget="collapse"]').getByRole('button', { name: 'Train', exact: true }).click();
    // Training runs in a worker on tfjs's wasm backend: the worker's own policy let it compile.
    await page.waitForFunction(() => {
      const node = document.querySelector('[data-widget="collapse"]');
      return node?.dataset.backend === 'wasm' && Number(node.dataset.step) > 0;
    }, null, { timeout: 60_000 });
    await page.locator('[data-widget="collapse"]').getByRole('button', { name: 'Pause', exact: true }).click();
    assert.notEqual(await page.locator('[data-widget="collapse"]').getAttribute('data-status'), 'error');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);

    const wasm = assets.filter((response) => response.url().endsWith('.wasm'));
    const scripts = assets.filter((response) => response.url().endsWith('.js'));
    assert.ok(wasm.length >= 1, 'the worker fetched a .wasm binary');
    assert.ok(scripts.some((response) => /worker/i.test(response.url()) || response.request().frame() === null) || scripts.length > 3, 'scripts were loaded');
    // Fetched again, directly: a response the page took from its cache may not list every header.
    for (const url of new Set([...scripts, ...wasm].map((response) => response.url()))) {
      const response = await context.request.get(url);
      assert.equal(response.status(), 200, url);
      const headers = response.headers();
      const what = new URL(url).pathname;
      assertCommonHeaders(headers, what);
      assertStrictPolicy(headers['content-security-policy'], what, ["'none'"]);
      if (what.endsWith('.wasm')) assert.equal(headers['content-type'], 'application/wasm', what);
      else assert.match(headers['content-type'], /javascript/, what);
    }
    await context.close();
  });

  it('the policy is live: an injected inline script, handler or string timer does not run, and is reported', async () => {
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/questions/why-biases`, { waitUntil: 'networkidle' });
    const result = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__handler = true');
      image.src = '/no-such-image.png';
      document.body.append(image);
      setTimeout('window.__timer = true', 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { inline: window.__inline, handler: window.__handler, timer: window.__timer, violations: window.__violations };
    });
    assert.deepEqual({ inline: result.inline, handler: result.handler, timer: result.timer }, { inline: undefined, handler: undefined, timer: undefined });
    assert.ok(result.violations.some((violation) => violation.startsWith('script-src-elem inline')), result.violations.join('; '));
    assert.ok(result.violations.some((violation) => violation.startsWith('script-src-attr inline')), result.violations.join('; '));
    assert.ok(result.violations.some((violation) => violation.includes('eval')), result.violations.join('; '));
    await context.close();
  });

  it('only /lab pages may be framed by another site', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // A page of the site itself embeds a lab page and an article: 'none' refuses even the same
    // origin, while '*' admits any http(s) embedder. (A made-up embedding origin would be refused
    // by Chromium's local-network checks before the policy is read.)
    await page.goto(`${baseUrl}/no-such-page`, { waitUntil: 'networkidle' });
    await page.evaluate((base) => {
      for (const [id, path] of [['lab', '/lab/bias'], ['article', '/questions/why-biases']]) {
        const frame = document.createElement('iframe');
        frame.id = id;
        frame.src = base + path;
        document.body.append(frame);
      }
    }, baseUrl);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const frames = Object.fromEntries(await Promise.all(['lab', 'article'].map(async (name) => {
      const frame = await (await page.$(`#${name}`)).contentFrame();
      const loaded = frame ? await frame.evaluate(() => document.querySelector('main') !== null).catch(() => false) : false;
      return [name, loaded];
    })));
    assert.deepEqual(frames, { lab: true, article: false });
    await context.close();
  });
});
