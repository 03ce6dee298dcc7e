// Where Chromium is and how to start it here: shared by npm test, the browser tests and the benchmark.
import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium on a closed network, as root, without a GPU. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** CHROME_PATH, or Debian's Chromium; undefined when there is none. */
export function findChromium() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}
