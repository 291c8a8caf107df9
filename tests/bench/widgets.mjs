// The demos' benchmark: for each tests/bench/widgets/<id>.mjs, the seconds from pressing play
// to the demo's expected outcome in the built site, in Debian's Chromium; the median of three
// runs, each in a fresh page.
import { readdirSync } from 'node:fs';
import { launchBrowser } from '../e2e/browser.mjs';

const RUNS = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function runWidgetBench(baseUrl) {
  const files = readdirSync(new URL('./widgets/', import.meta.url)).filter((name) => name.endsWith('.mjs')).sort();
  const browser = await launchBrowser();
  console.log('\nDemos: seconds from pressing play to the expected outcome (median of 3 runs)');
  try {
    for (const file of files) {
      const { measure } = await import(new URL(`./widgets/${file}`, import.meta.url));
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
        try {
          runs.push([(await measure(await context.newPage(), baseUrl))].flat());
        } catch (error) {
          console.log(`  ${file}: run ${run + 1} failed: ${error.message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
      }
      if (runs.length === 0) continue;
      runs[0].forEach((result, index) => {
        const seconds = runs.map((results) => results[index].seconds);
        console.log(`  ${result.widget.padEnd(14)} ${median(seconds).toFixed(2).padStart(6)} s  ${result.outcome}  (runs: ${seconds.map((value) => value.toFixed(2)).join(', ')})`);
      });
    }
  } finally {
    await browser.close();
  }
}
