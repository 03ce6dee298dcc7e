// Launches Debian's Chromium through playwright-core with the flags this workplace needs.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error('Chromium not found: run `npm test` (it installs it) or set CHROME_PATH.');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}
