// Saves the final picture of every journey the tests picture (the default, same-domain, POP3, every
// preset, several recipients, webmail: test/journeys.ts, the one catalogue) to docs/outcomes/<name>.png,
// for the README's "What each outcome looks like". Run `npm run outcomes` (it builds first); it serves
// dist/ on a free local port and drives Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview, runnerImport } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const OUT = 'docs/outcomes';
const VIEWPORT = { width: 1280, height: 800 };

// The catalogue is TypeScript: Vite reads it (and the model it names presets from) for this script.
const { module: catalogue } = await runnerImport(new URL('../test/journeys.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
});
const journeys = catalogue.OUTCOME_JOURNEYS.map((name) => [name, catalogue.journey(name).query]);

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  for (const [name, query] of journeys) {
    // Reduced motion: nothing is still moving when the picture is taken.
    await page.goto(`${base}/?${query}&motion=reduce&controls=minimal`);
    // Any node: the spoof's picture has no Alice in it.
    await page.waitForSelector('[data-node]');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.ej[data-status="finished"]');
    await page.waitForSelector('.ej-attempt', { state: 'attached' }); // the marks load just after the first screen
    // The picture alone: the caption, pinned to the window's bottom here, would cover its lower edge.
    await page.$$eval('.ej-side', (sides) => sides.forEach((side) => (side.style.visibility = 'hidden')));
    await page.locator('.ej-graph').screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
