// Saves the final picture of every journey (the default, same-domain, POP3 and every preset) to
// docs/outcomes/<name>.png, for the README's "What each outcome looks like". Run `npm run outcomes`
// (it builds first); it serves dist/ on a free local port and drives Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';

const OUT = 'docs/outcomes';
const VIEWPORT = { width: 1280, height: 800 };

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await page.goto(`${base}/`);
  await page.waitForSelector('[data-node="sender-client"]');
  // The presets as the app itself lists them, so a new preset gets its picture without touching this file.
  const presets = await page.$$eval('#ej-preset option', (options) => options.map((o) => o.value).filter(Boolean));
  const journeys = [
    ['default', ''],
    ['same-domain', 'mode=same-domain'],
    ['pop3', 'retrieval=pop3'],
    ...presets.map((p) => [p, `scenario=${p}`]),
    // Issue 15: three recipients in two domains and one local (dave is unknown), and webmail.
    ['three-recipients', 'to=bob@example.org,carol@example.com&bcc=dave@example.net'],
    ['webmail', 'client=webmail'],
  ];
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
