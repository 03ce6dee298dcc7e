// `npm run bench`: builds the app and a "floor" page, then measures weight, smoothness, start-up,
// Lighthouse scores and memory in headless Chromium, prints a table, writes bench/results.json,
// and exits non-zero when a budget fails. Every figure comes from this one run on the production build.
// Weight, memory and Lighthouse's accessibility and best-practice scores are budgets everywhere;
// budgets of time (frames, Lighthouse performance, tracer speed) fail the run only with `--quiet`
// (a quiet machine: `npm run bench -- --quiet`), since a busy CI machine measures its neighbours.
// Without it, a missed time budget is printed as a warning. `--weight` weighs the first loads alone.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium.mjs';
import { measureCorpus, measureLongChain } from './trace/longChain.mjs';

const CHROME = findChromium();
const FLAGS = CHROMIUM_FLAGS;
const BUDGETS = {
  weightRatio: 1.3,
  /** <email-journey>'s first download (the module and what it imports statically) over the floor. */
  elementWeightRatio: 1.35,
  p95FrameMs: 16.7,
  longFrameShare: 0.01,
  performance: 0.95,
  accessibility: 1,
  bestPractices: 1,
  heapGrowthMB: 2,
  /** 60 more elements created, played and removed: under 1 MB in all (one left about 0.3 MB behind before). */
  elementHeapGrowthMB: 1,
  traceMsPerMB: 100,
  traceLongTaskMs: 200,
};
/**
 * requestAnimationFrame timestamps of headless Chromium jitter by a fraction of a millisecond around
 * the 16.7 ms vsync (16.64…16.8 ms when nothing is wrong), so a frame counts as long, and p95 as over
 * budget, only beyond this tolerance. The raw share over 16.7 ms is reported beside it.
 */
const JITTER_MS = 1;
const CYCLES = 200;
/** Time budgets fail the run only on a machine said to be quiet (see the top of this file). */
const QUIET = process.argv.includes('--quiet');
/** `--weight`: build and weigh the first loads only (seconds, no browser), against their budgets. */
const WEIGHT_ONLY = process.argv.includes('--weight');

const run = (command) => execSync(command, { stdio: 'inherit' });
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** The JS and CSS an HTML page loads before it can start: its scripts, preloads and stylesheets. */
function initialWeight(dir, html) {
  const page = readFileSync(join(dir, html), 'utf8');
  const files = [...page.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sum = (f) => files.reduce((total, file) => total + f(readFileSync(join(dir, file))), 0);
  return weightOf(files, sum);
}

function weightOf(files, sum) {
  return {
    files,
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
}

/**
 * What a page that loads an ES module downloads before it runs: the module and, recursively, the
 * chunks it imports statically. Chunks behind import() (the tracer, the details panel, German)
 * load only when used, so they do not count.
 */
function moduleWeight(dir, entry) {
  const files = [];
  const visit = (file) => {
    if (files.includes(file)) return;
    files.push(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'`](\.[^"'`]+)["'`]/g))
      visit(join(dirname(file), m[1]));
  };
  visit(entry);
  return weightOf(files, (f) => files.reduce((total, file) => total + f(readFileSync(join(dir, file))), 0));
}

async function serve(outDir) {
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  return { server, url: server.resolvedUrls.local[0].replace(/\/$/, '') };
}

async function throttled(browser, { cpu = 4, network = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network)
    // A slow 4G profile: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  return { context, page, cdp };
}

/** Journeys measured for smoothness; the run with the median share of long frames is reported. */
const JOURNEYS = 3;

/**
 * requestAnimationFrame deltas during whole cross-domain journeys at 4x CPU throttling, played at
 * the speed a learner gets by default (1x, 30 seconds of lesson time). A virtual machine's
 * neighbours steal time now and then, so three journeys are played and the middle one (by share of
 * long frames) is reported, as Lighthouse's own guidance does for its runs.
 */
async function smoothness(browser, url) {
  const runs = [];
  for (let i = 0; i < JOURNEYS; i += 1) runs.push(await oneJourney(browser, url));
  runs.sort((a, b) => a.longFrameShare - b.longFrameShare);
  return { ...runs[Math.floor(JOURNEYS / 2)], longFrameShares: runs.map((r) => r.longFrameShare) };
}

async function oneJourney(browser, url) {
  const { context, page } = await throttled(browser);
  // The whole journey plays on its own (pace=auto): Beginner's default pace waits for Next after
  // each step (issue 16). At 1× each step lasts its lesson time or its caption's reading time.
  await page.goto(`${url}/?pace=auto`);
  await page.waitForSelector('[data-node="sender-client"]');
  // Let the idle-time prefetch finish, as it would while a learner reads the page before pressing Send.
  await page.waitForTimeout(2000);
  // Everything during the journey happens inside the page: Playwright's own locators and polling
  // run in the page too, and would be measured as the app's frames.
  await page.evaluate(() => {
    const deltas = [];
    window.__frames = deltas;
    window.__finished = new Promise((resolve) => {
      let last = performance.now();
      const frame = (now) => {
        deltas.push(now - last);
        last = now;
        if (document.querySelector('.ej')?.getAttribute('data-status') !== 'finished') requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send').click();
  });
  await page.evaluate(() => window.__finished);
  const deltas = (await page.evaluate(() => window.__frames)).slice(2).sort((a, b) => a - b);
  await context.close();
  return {
    frames: deltas.length,
    medianMs: quantile(deltas, 0.5),
    p95Ms: quantile(deltas, 0.95),
    p99Ms: quantile(deltas, 0.99),
    longFrameShare: deltas.filter((d) => d > 16.7 + JITTER_MS).length / Math.max(1, deltas.length),
    rawOver16_7Share: deltas.filter((d) => d > 16.7).length / Math.max(1, deltas.length),
    missedVsyncShare: deltas.filter((d) => d > 16.7 * 1.5).length / Math.max(1, deltas.length),
  };
}

/** First contentful paint and time until Send can be pressed, under 4x CPU and a slow network. */
async function startup(browser, url) {
  const { context, page } = await throttled(browser, { network: true });
  await page.addInitScript(() => {
    window.__fcp = NaN;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'first-contentful-paint') window.__fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  });
  await page.goto(`${url}/`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const send = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send');
      return send && !send.disabled && document.querySelector('[data-node="recipient-client"]');
    },
    undefined,
    { timeout: 60_000 },
  );
  const interactiveMs = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => !Number.isNaN(window.__fcp), undefined, { timeout: 10_000 }).catch(() => undefined);
  const result = { firstRenderMs: await page.evaluate(() => window.__fcp), interactiveMs };
  await context.close();
  return result;
}

/** JS heap after 1 and after 200 send → finish → reset cycles, with a forced GC before each reading. */
async function memory(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/`);
  await page.waitForSelector('[data-node="sender-client"]');
  const cycle = async () => {
    await page.keyboard.press('Space'); // send
    await page.keyboard.press('End'); // to the last step
    await page.keyboard.press('ArrowRight'); // finish
    await page.waitForSelector('[data-status="finished"]');
    // Issue 16: after Send the form folds to one line; its Edit button resets the journey.
    await page.getByRole('button', { name: 'Edit the email', exact: true }).click();
    await page.waitForSelector('[data-status="idle"]');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await cycle();
  const after1 = await heap();
  for (let i = 1; i < CYCLES; i++) await cycle();
  const after200 = await heap();
  await context.close();
  return { after1MB: after1 / 2 ** 20, after200MB: after200 / 2 ** 20, growthMB: (after200 - after1) / 2 ** 20 };
}

const ELEMENT_CYCLES = 60;

/**
 * <email-journey> on a lesson page: JS heap after 10 and after 70 create → send → finish → remove
 * cycles, each element dropped by the page (as a framework that re-renders does), with a forced GC
 * before each reading. A removed element must leave nothing behind: no view, timer or frame.
 */
async function elementMemory(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/lesson.html`);
  await page.waitForFunction(() => customElements.get('email-journey') !== undefined);
  const cycle = () =>
    page.evaluate(async () => {
      const element = document.createElement('email-journey');
      element.setAttribute('speed', '20');
      document.body.append(element);
      const root = () => element.shadowRoot?.querySelector('.ej');
      const until = async (test) => {
        while (!test()) await new Promise((resolve) => setTimeout(resolve, 10));
      };
      await until(() => root()?.querySelector('.ej-timeline li'));
      element.send();
      for (const key of ['End', 'ArrowRight'])
        root().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await until(() => root()?.getAttribute('data-status') === 'finished');
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Ten first, so what the first elements compile and cache once is not counted as growth.
  for (let i = 0; i < 10; i++) await cycle();
  const after1 = await heap();
  for (let i = 0; i < ELEMENT_CYCLES; i++) await cycle();
  const after60 = await heap();
  await context.close();
  return { after1MB: after1 / 2 ** 20, after60MB: after60 / 2 ** 20, growthMB: (after60 - after1) / 2 ** 20 };
}

/** Lighthouse 12 with its default (mobile, simulated throttling) settings, on Debian's Chromium. */
/**
 * Reading real headers: the tracer's whole pipeline (header section, postal-mime, our Received
 * parser, hops and delays) on headers of 1 KB, 100 KB and 1 MB made from the samples' header
 * fields. One warm-up read, then the median of 9 reads, each after a forced garbage collection;
 * no CPU throttling (the budget is per MB on this machine).
 */
async function measureTraceParsing(browser, url) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => typeof window.benchTrace === 'function');
  const results = [];
  for (const size of [1024, 100 * 1024, 1024 * 1024]) {
    await page.evaluate((n) => window.benchTrace(n), size);
    const runs = [];
    for (let i = 0; i < 9; i += 1) {
      await cdp.send('HeapProfiler.collectGarbage');
      runs.push(await page.evaluate((n) => window.benchTrace(n), size));
    }
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    results.push({ bytes: runs[0].bytes, receivedLines: runs[0].receivedLines, medianMs: quantile(times, 0.5) });
  }
  await page.close();
  return results;
}

/** Lighthouse runs vary by a few points from run to run; the benchmark takes the median of three. */
const LIGHTHOUSE_RUNS = 3;

async function lighthouseScores(url) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
    const chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(`${url}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const c = result.lhr.categories;
      runs.push({
        performance: c.performance.score,
        accessibility: c.accessibility.score,
        bestPractices: c['best-practices'].score,
      });
    } finally {
      await chrome.kill();
    }
  }
  const median = (key) =>
    quantile(
      runs.map((r) => r[key]).sort((a, b) => a - b),
      0.5,
    );
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('bestPractices'),
    performanceRuns: runs.map((r) => r.performance),
  };
}

async function main() {
  console.log('Building the app, the <email-journey> bundle and the floor page…');
  run('npm run build --silent');
  run('npx vite build -c bench/vite.floor.config.ts');
  run('npx vite build -c bench/vite.trace.config.ts');

  const app = initialWeight('dist', 'index.html');
  const floor = initialWeight('bench/.floor-dist', 'index.html');
  const element = moduleWeight('dist', 'email-journey.js');
  const weight = { app, element, floor, ratio: app.gzip / floor.gzip, elementRatio: element.gzip / floor.gzip };
  if (WEIGHT_ONLY) return weightReport(weight);

  const appServer = await serve('dist');
  const traceServer = await serve('bench/.trace-dist');
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  try {
    const frames = await smoothness(browser, appServer.url);
    const start = await startup(browser, appServer.url);
    const heap = await memory(browser, appServer.url);
    const elementHeap = await elementMemory(browser, appServer.url);
    const lighthouse = await lighthouseScores(appServer.url);
    const traceParsing = await measureTraceParsing(browser, traceServer.url);
    const traceCorpus = await measureCorpus(browser, traceServer.url);
    const traceLongChain = await measureLongChain(browser, appServer.url);
    const results = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      weight,
      frames,
      start,
      heap,
      elementHeap,
      lighthouse,
      traceParsing,
      traceCorpus,
      traceLongChain,
    };
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    report(results);
    const { failures, timeMisses } = budgets(results);
    for (const failure of failures) console.log(`✗ budget: ${failure}`);
    for (const miss of timeMisses) console.log(`${QUIET ? '✗' : '!'} time budget: ${miss}`);
    if (timeMisses.length && !QUIET) console.log('  (time budgets fail the run only with --quiet, on a quiet machine)');
    const failed = failures.length + (QUIET ? timeMisses.length : 0);
    if (failed === 0) console.log(timeMisses.length ? '✓ every weight and memory budget met' : '✓ every budget met');
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser.close();
    await appServer.server.close();
    await traceServer.server.close();
  }
}

function report({ weight, frames, start, heap, elementHeap, lighthouse, traceParsing, traceCorpus, traceLongChain }) {
  const row = (label, w) =>
    `${label.padEnd(24)} ${String(kb(w.raw)).padStart(8)} ${String(kb(w.gzip)).padStart(8)} ${String(kb(w.brotli)).padStart(8)}`;
  console.log(`\nWeight (initial JS + CSS, KiB)     raw     gzip   brotli`);
  console.log(row('app (index.html)', weight.app));
  console.log(row('<email-journey> first', weight.element));
  console.log(row('floor (libraries only)', weight.floor));
  console.log(
    `ratio app / floor (gzip)  ${weight.ratio.toFixed(3)} (budget ${BUDGETS.weightRatio})   element / floor ${weight.elementRatio.toFixed(3)} (budget ${BUDGETS.elementWeightRatio}, ${weight.element.files.length} files)`,
  );
  console.log(
    `\nSmoothness at 4x CPU throttling, default speed (median of ${JOURNEYS} journeys by long frames: ${frames.frames} frames; shares ${frames.longFrameShares.map((x) => `${(x * 100).toFixed(2)} %`).join(', ')})`,
  );
  console.log(
    `median ${frames.medianMs.toFixed(1)} ms · p95 ${frames.p95Ms.toFixed(1)} ms · p99 ${frames.p99Ms.toFixed(1)} ms`,
  );
  console.log(
    `long frames (over 16.7 ms + ${JITTER_MS} ms jitter) ${(frames.longFrameShare * 100).toFixed(2)} % · raw over 16.7 ms ${(frames.rawOver16_7Share * 100).toFixed(2)} % · missed a vsync (over 25 ms) ${(frames.missedVsyncShare * 100).toFixed(2)} %`,
  );
  console.log(
    `\nStart-up at 4x CPU, slow 4G: first render ${Math.round(start.firstRenderMs)} ms · interactive ${Math.round(start.interactiveMs)} ms`,
  );
  console.log(
    `Lighthouse (median of ${LIGHTHOUSE_RUNS}): performance ${lighthouse.performance} (runs ${lighthouse.performanceRuns.join(', ')}) · accessibility ${lighthouse.accessibility} · best practices ${lighthouse.bestPractices}`,
  );
  console.log(
    `Memory: heap ${heap.after1MB.toFixed(2)} MB after 1 cycle, ${heap.after200MB.toFixed(2)} MB after ${CYCLES} · growth ${heap.growthMB.toFixed(2)} MB`,
    `Memory of <email-journey>: heap ${elementHeap.after1MB.toFixed(2)} MB after 10 elements, ${elementHeap.after60MB.toFixed(2)} MB after ${ELEMENT_CYCLES} more created, played and removed · growth ${elementHeap.growthMB.toFixed(2)} MB`,
  );
  console.log(
    `Trace parsing (median of 9): ${traceParsing
      .map((t) => `${kb(t.bytes)} KiB (${t.receivedLines} Received lines) ${t.medianMs.toFixed(1)} ms`)
      .join(' · ')}`,
  );
  console.log(
    traceCorpus
      ? `Trace corpus (median of 5): ${traceCorpus.messages} real messages, ${kb(traceCorpus.bytes)} KiB, ${traceCorpus.hops} hops, ${traceCorpus.failed} without a trace, read in ${traceCorpus.ms.toFixed(0)} ms in total`
      : 'Trace corpus: ../shared/corpus/headers is missing, not measured',
  );
  console.log(
    `Trace 3,000 Received lines pasted (1x CPU, median of 3): longest task ${traceLongChain.longestTaskMs.toFixed(0)} ms (runs ${traceLongChain.runs.map((ms) => ms.toFixed(0)).join(', ')}; ${traceLongChain.longTasks} over 50 ms) · ${traceLongChain.domNodes} DOM elements, ${traceLongChain.tableRows} table rows, ${traceLongChain.graphBoxes} boxes`,
  );
}

function weightReport(weight) {
  console.log(
    `app first load ${kb(weight.app.gzip)} KiB gzip = ${weight.ratio.toFixed(3)} x the floor (budget ${BUDGETS.weightRatio}); ` +
      `<email-journey> ${kb(weight.element.gzip)} KiB = ${weight.elementRatio.toFixed(3)} x (budget ${BUDGETS.elementWeightRatio})`,
  );
  const over = weight.ratio > BUDGETS.weightRatio || weight.elementRatio > BUDGETS.elementWeightRatio;
  console.log(over ? '✗ a weight budget is not met' : '✓ the weight budgets are met');
  process.exitCode = over ? 1 : 0;
}

/** Budgets that hold on any machine (failures), and budgets of time (timeMisses). */
function budgets({ weight, frames, lighthouse, heap, elementHeap, traceParsing, traceLongChain }) {
  const failures = [];
  const timeMisses = [];
  if (weight.ratio > BUDGETS.weightRatio)
    failures.push(`app JS+CSS gzip is ${weight.ratio.toFixed(2)} x the floor (budget ${BUDGETS.weightRatio})`);
  if (weight.elementRatio > BUDGETS.elementWeightRatio)
    failures.push(
      `<email-journey> first download gzip is ${weight.elementRatio.toFixed(2)} x the floor (budget ${BUDGETS.elementWeightRatio})`,
    );
  if (lighthouse.accessibility < BUDGETS.accessibility)
    failures.push(`Lighthouse accessibility ${lighthouse.accessibility} (budget 1)`);
  if (lighthouse.bestPractices < BUDGETS.bestPractices)
    failures.push(`Lighthouse best practices ${lighthouse.bestPractices} (budget 1)`);
  if (elementHeap.growthMB > BUDGETS.elementHeapGrowthMB)
    failures.push(
      `<email-journey> heap grew ${elementHeap.growthMB.toFixed(2)} MB over ${ELEMENT_CYCLES} created and removed elements (budget ${BUDGETS.elementHeapGrowthMB})`,
    );
  if (heap.growthMB > BUDGETS.heapGrowthMB)
    failures.push(`heap grew ${heap.growthMB.toFixed(2)} MB over ${CYCLES} cycles (budget ${BUDGETS.heapGrowthMB})`);
  if (frames.p95Ms > BUDGETS.p95FrameMs + JITTER_MS)
    timeMisses.push(`p95 frame ${frames.p95Ms.toFixed(1)} ms (budget ${BUDGETS.p95FrameMs})`);
  if (frames.longFrameShare > BUDGETS.longFrameShare)
    timeMisses.push(`${(frames.longFrameShare * 100).toFixed(2)} % long frames (budget 1 %)`);
  if (lighthouse.performance < BUDGETS.performance)
    timeMisses.push(`Lighthouse performance ${lighthouse.performance} (budget ${BUDGETS.performance})`);
  const largest = traceParsing.at(-1);
  const msPerMB = largest.medianMs / (largest.bytes / (1024 * 1024));
  if (msPerMB > BUDGETS.traceMsPerMB)
    timeMisses.push(`trace parsing ${msPerMB.toFixed(0)} ms per MB (budget ${BUDGETS.traceMsPerMB})`);
  if (traceLongChain.longestTaskMs > BUDGETS.traceLongTaskMs)
    timeMisses.push(
      `3,000 pasted Received lines: a ${traceLongChain.longestTaskMs.toFixed(0)} ms task (budget ${BUDGETS.traceLongTaskMs})`,
    );
  return { failures, timeMisses };
}

await main();
