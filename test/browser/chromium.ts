// Launches Debian's Chromium through playwright-core with the flags this workplace needs. Inside the
// browser tests, every file connects to the one Chromium that serve.ts started, instead of each
// starting its own (a new browser per file is seconds of a busy 2-core machine).
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
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
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
