// Makes sure a Chromium is there for the browser tests: installs Debian's as root, else says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_COMMAND } from './chromium.mjs';

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing; installing Debian's package: ${INSTALL_COMMAND}`);
    execSync(INSTALL_COMMAND, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(
      `The browser tests need Chromium. Install it, then run npm test again:\n\n  sudo sh -c '${INSTALL_COMMAND}'\n\n(or point CHROME_PATH at a Chromium binary)`,
    );
    process.exit(1);
  }
}
if (!findChromium()) {
  console.error('Chromium is still missing after the install; see the output above.');
  process.exit(1);
}
