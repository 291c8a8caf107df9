// Lighthouse against the built site in Debian's Chromium (started by chrome-launcher, never
// downloaded): the accessibility and SEO gates of the e2e suite, and the performance figures of
// `npm run bench`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.mjs';

/** Starts one Chromium for a series of Lighthouse runs; returns run(url, categories) and close(). */
export async function startLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
  return {
    /** Category scores (0–1) and the failing audits' ids for one page, as a phone sees it (Lighthouse's default). */
    async run(url, categories, { quick = false } = {}) {
      // For accessibility and SEO, which read the loaded page, Lighthouse need not wait seconds
      // for the network and CPU to go quiet; performance runs keep the defaults.
      const waits = quick ? { pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0, cpuQuietThresholdMs: 0, skipAboutBlank: true, disableFullPageScreenshot: true } : {};
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: categories, output: 'json', logLevel: 'error', ...waits });
      const { lhr } = result;
      const scores = Object.fromEntries(categories.map((category) => [category, lhr.categories[category]?.score ?? null]));
      const failing = categories.flatMap((category) =>
        lhr.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
          .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id].title})`),
      );
      return { scores, failing, runtimeError: lhr.runtimeError?.message ?? null };
    },
    close: () => chrome.kill(),
  };
}
