// Makes sure a Chromium is there for the browser tests: installs Debian's as root, else says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const INSTALL = 'apt-get update && apt-get install -y chromium';
const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing; installing Debian's package: ${INSTALL}`);
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(
      `The browser tests need Chromium. Install it, then run npm test again:\n\n  sudo sh -c '${INSTALL}'\n\n(or point CHROME_PATH at a Chromium binary)`,
    );
    process.exit(1);
  }
}
if (!findChromium()) {
  console.error('Chromium is still missing after the install; see the output above.');
  process.exit(1);
}
