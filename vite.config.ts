// Vite builds the pages (the app, the iframe page, the example lesson, the iframe demo); Vitest runs unit and component tests.
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { FIRST_SCREEN_CHUNK } from './scripts/chunks.mjs';
import { licenceNotices } from './scripts/licences.mjs';
import { firstPicture } from './scripts/firstPicture.mjs';

/**
 * The pages' Content Security Policy: only our own scripts, styles and frames; no inline script,
 * no eval, no network connections. Added to built pages only (the dev server injects inline code).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'self'",
  // The offline worker (public/sw.js), from our own origin only.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'email-journey-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const UNIT_TESTS = ['test/**/*.test.ts'];
const COMPONENT_TESTS = ['test/**/*.test.tsx'];

export default defineConfig({
  plugins: [react(), firstPicture(), contentSecurityPolicy(), licenceNotices('licenses.txt')],
  build: {
    target: 'es2022',
    // Every browser the es2022 target reaches preloads modules itself (Safari since 17); older ones just preload less.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html', lesson: 'lesson.html', embedDemo: 'embed-demo.html' },
      output: { codeSplitting: FIRST_SCREEN_CHUNK },
    },
  },
  test: {
    globals: true,
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // A busy 2-core machine is the normal case: waits are for a state, with room to get there.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default leaves one of two cores to the runner; the runner mostly waits, so two
    // workers finish the files about a quarter sooner on a 2-core machine.
    maxWorkers: 2,
    // Two projects: pure code runs in Node (no DOM to build), anything that renders in jsdom.
    // The rule is the file name: `*.test.ts` is pure, `*.test.tsx` renders.
    projects: [
      // The model is pure (lint enforces it) and every test makes its own store, so the pure files
      // share one module graph per worker instead of re-importing it per file (about 3× faster).
      { extends: true, test: { name: 'unit', environment: 'node', include: UNIT_TESTS, isolate: false } },
      // Each rendering file still gets a fresh jsdom and module graph, but in a VM context of a
      // long-lived worker thread: the worker, jsdom's own code and Node's built-ins are loaded once
      // per worker instead of once per file (the stage took about 64 s on two cores, now about 45 s).
      {
        extends: true,
        test: { name: 'components', environment: 'jsdom', include: COMPONENT_TESTS, pool: 'vmThreads' },
      },
    ],
  },
});
