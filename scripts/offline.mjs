// After `vite build`: the offline worker's list of files (dist/precache.js) and the version that names
// its cache, a hash of every listed file, so any change to the app is a new version (public/sw.js).
// Source maps stay out (only developers open them), and so do the LMS packages (they are downloads).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
/** Files the worker itself loads or that are not part of the app. */
const LEFT_OUT = new Set(['sw.js', 'precache.js', 'packages']);

function listed(dir, prefix = '') {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!prefix && LEFT_OUT.has(name)) continue;
    if (statSync(path).isDirectory()) files.push(...listed(path, `${prefix}${name}/`));
    else if (!name.endsWith('.map')) files.push(`${prefix}${name}`);
  }
  return files;
}

const files = listed(DIST);
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(DIST, file)));
const version = hash.digest('hex').slice(0, 16);
// './' is the app's address itself (index.html served for the folder).
const precache = { version, files: ['./', ...files] };
writeFileSync(join(DIST, 'precache.js'), `self.EMAIL_JOURNEY_PRECACHE = ${JSON.stringify(precache)};\n`);
console.log(`offline: ${files.length} files in version ${version}`);
