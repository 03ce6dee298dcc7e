// Builds <email-journey> as an ES module, dist/email-journey.js, with React, D3 and its first screen's
// styles inside; the tracer, the details panel, German and the other later parts are chunks in
// dist/email-journey/, fetched only when used. The module imports them relative to its own URL, so
// a lesson page on any path or site that loads email-journey.js finds them beside it.
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { FIRST_SCREEN_CHUNK } from './scripts/chunks.mjs';
import { licenceNotices } from './scripts/licences.mjs';
import { firstPicture } from './scripts/firstPicture.mjs';

/**
 * dist/email-journey-early.js (src/embed/early.ts): the element's class for a classic script in the
 * page's head, which then loads the module beside it. A classic script cannot be a chunk of this
 * module build, so it is built on its own, as one self-contained file, and added to this build's files.
 */
function earlyScript(): Plugin {
  return {
    name: 'email-journey-early',
    apply: 'build',
    async generateBundle() {
      const built = (await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          target: 'es2022',
          minify: true,
          modulePreload: false,
          rolldownOptions: { input: 'src/embed/early.ts', output: { format: 'iife' } },
        },
      })) as Rolldown.RolldownOutput;
      const [chunk] = built.output;
      this.emitFile({ type: 'asset', fileName: 'email-journey-early.js', source: chunk.code });
    },
  };
}

export default defineConfig({
  plugins: [react(), firstPicture(), licenceNotices('email-journey.licenses.txt'), earlyScript()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    // Library mode keeps whitespace in ES output by default.
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'email-journey/[name]-[hash].js', codeSplitting: FIRST_SCREEN_CHUNK },
    },
    sourcemap: true,
    lib: { entry: 'src/embed/element.tsx', formats: ['es'], fileName: () => 'email-journey.js' },
  },
});
