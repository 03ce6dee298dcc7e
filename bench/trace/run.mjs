// `node bench/trace/run.mjs`: the tracer's part of the benchmark alone (after `npm run build`):
// parsing speed per megabyte, the shared corpus, and 3,000 pasted lines in the built app, against
// the same budgets as bench/run.mjs (1 MB of headers in at most 100 ms; no task over 200 ms).
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';
import { measureCorpus, measureLongChain } from './longChain.mjs';

const BUDGETS = { traceMsPerMB: 100, traceLongTaskMs: 200 };

async function serve(outDir) {
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  return { server, url: server.resolvedUrls.local[0].replace(/\/$/, '') };
}

async function parsing(browser, url) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => typeof window.benchTrace === 'function');
  const size = 1024 * 1024;
  await page.evaluate((n) => window.benchTrace(n), size);
  const runs = [];
  for (let i = 0; i < 9; i += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    runs.push(await page.evaluate((n) => window.benchTrace(n), size));
  }
  await page.close();
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { bytes: runs[0].bytes, medianMs: times[Math.floor(times.length / 2)] };
}

execSync('npx vite build -c bench/vite.trace.config.ts', { stdio: 'inherit' });
const app = await serve('dist');
const tracePage = await serve('bench/.trace-dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
try {
  const mb = await parsing(browser, tracePage.url);
  const msPerMB = mb.medianMs / (mb.bytes / 1024 / 1024);
  const corpus = await measureCorpus(browser, tracePage.url);
  const chain = await measureLongChain(browser, app.url);
  console.log(
    `1 MB of headers: ${mb.medianMs.toFixed(1)} ms (${msPerMB.toFixed(1)} ms/MB, budget ${BUDGETS.traceMsPerMB})`,
  );
  if (corpus) console.log(`corpus: ${JSON.stringify(corpus)}`);
  console.log(
    `3,000 lines pasted: longest task ${chain.longestTaskMs.toFixed(0)} ms (runs ${chain.runs.map((r) => r.toFixed(0)).join(', ')}; budget ${BUDGETS.traceLongTaskMs})`,
  );
  const ok = msPerMB <= BUDGETS.traceMsPerMB && chain.longestTaskMs <= BUDGETS.traceLongTaskMs;
  console.log(ok ? 'tracer budgets hold' : 'a tracer budget FAILS');
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await app.server.close();
  await tracePage.server.close();
}
