// A Vite plugin that writes the licence notices of every third-party package bundled into the build
// (React, react-dom, scheduler, the D3 modules, zustand, postal-mime, …) into one text file beside it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The package directory of a bundled module inside node_modules, scoped packages included. */
function packageDir(id) {
  const path = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = path.slice(at + marker.length).split(sep);
  const name = rest[0].startsWith('@') ? `${rest[0]}${sep}${rest[1]}` : rest[0];
  return join(path.slice(0, at + marker.length), name);
}

/** The package's own licence file, as its authors wrote it. */
function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
  if (!file) throw new Error(`No licence file in ${dir}: its notice cannot be shipped.`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

/** The notices for a set of package directories, one section per package, sorted by name. */
export function noticesFor(dirs, product) {
  const packages = [...dirs]
    .map((dir) => ({ dir, meta: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .sort((a, b) => a.meta.name.localeCompare(b.meta.name));
  const sections = packages.map(
    ({ dir, meta }) => `${meta.name} ${meta.version} (${meta.license})\n${'-'.repeat(60)}\n${licenceText(dir)}\n`,
  );
  return [
    `${product} is released under the MIT licence (see LICENSE.txt beside this one; copyright Email Journey contributors).`,
    `It bundles the following third-party packages, whose licences follow.\n`,
    ...sections,
  ].join('\n');
}

/** Emits `fileName` with the notices of every package whose code ended up in any chunk. */
export function licenceNotices(fileName) {
  return {
    name: 'email-journey-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dirs = new Set();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds ?? Object.keys(output.modules ?? {})) {
          const dir = packageDir(id);
          if (dir && existsSync(join(dir, 'package.json'))) dirs.add(dir);
        }
      }
      const product = fileName.startsWith('email-journey') ? 'email-journey.js (Email Journey)' : 'Email Journey';
      this.emitFile({ type: 'asset', fileName, source: noticesFor(dirs, product) });
      // The notices point to the project's own licence: it ships with them (as .txt, a kind of file every
      // host and H5P package takes), so a dist/ copied alone
      // still carries it.
      this.emitFile({ type: 'asset', fileName: 'LICENSE.txt', source: readFileSync('LICENSE', 'utf8') });
    },
  };
}
