// Launches Debian's Chromium through playwright-core with the flags this workplace needs. Inside the
// browser tests, every file connects to the one Chromium that serve.ts started, instead of each
// starting its own (a new browser per file is seconds of a busy 2-core machine).
import { chromium, type Browser, type BrowserContextOptions, type BrowserServer } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error('Chromium not found: run `npm test` (it installs it) or set CHROME_PATH.');
  return found;
}

/** Starts a Chromium that several test files (in several workers) connect to. */
export function startChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/**
 * The shared Chromium when the browser tests run (closing it then only disconnects this file), or a
 * Chromium of its own for scripts outside Vitest (screenshots, experiments).
 */
export async function launchChromium(): Promise<Browser> {
  const endpoint = process.env.VITEST ? (await import('vitest')).inject('chromiumEndpoint') : undefined;
  if (endpoint) return withoutWorkers(await chromium.connect(endpoint));
  return withoutWorkers(
    await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true }),
  );
}

/**
 * Every page and context of `browser` blocks service workers unless its options say
 * `serviceWorkers: 'allow'` (the offline tests): the app registers its worker on every load, and
 * the worker then fetches every file of the app once more, in every new context, which is seconds of
 * a busy machine per test. A blocked page behaves as a browser without the worker (src/main.tsx only
 * adds it after load).
 */
function withoutWorkers(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  const blocked = (options: BrowserContextOptions = {}): BrowserContextOptions => ({
    serviceWorkers: 'block',
    ...options,
  });
  browser.newContext = (options) => newContext(blocked(options));
  browser.newPage = (options) => newPage(blocked(options));
  return browser;
}
