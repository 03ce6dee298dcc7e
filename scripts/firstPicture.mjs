// A Vite plugin serving `virtual:first-picture`: the default journey's first picture (its plan
// without steps, the nodes that open cards, its wide and tall layouts), worked out when the app is
// built or tested by running the model and layout themselves (firstPictureData.ts). The first screen
// draws it before the later tier is in; nothing of it is committed, so it can never be stale.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ID = 'virtual:first-picture';
const RESOLVED = `\0${ID}`;
const SOURCE = fileURLToPath(new URL('./firstPictureData.ts', import.meta.url));

/** The module's text: the data as one JSON literal. */
async function moduleText() {
  const { module } = await runnerImport(SOURCE, {
    configFile: false,
    logLevel: 'warn',
  });
  return `export default ${JSON.stringify(module.firstPictureOf())};\n`;
}

/** @returns {import('vite').Plugin} */
export function firstPicture() {
  /** @type {Promise<string> | null} */
  let text = null;
  return {
    name: 'email-journey-first-picture',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    // Worked out once per build or test run (a dev server restarted after a model change works it out again).
    load(id) {
      if (id !== RESOLVED) return null;
      text ??= moduleText();
      return text;
    },
  };
}
