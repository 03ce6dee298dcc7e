// Browser tests: playwright-core drives Debian's Chromium against the production build (dist/).
import { defineConfig } from 'vitest/config';
import { firstPicture } from './scripts/firstPicture.mjs';

export default defineConfig({
  // Test files that plan in Node import the store, which reads the first picture.
  plugins: [firstPicture()],
  test: {
    environment: 'node',
    include: ['test/browser/**/*.e2e.ts'],
    globalSetup: ['test/browser/serve.ts'],
    testTimeout: 60_000,
    // Frames load lazily and CI machines are busy: waiting conditions get 15 s, not 1 s.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    hookTimeout: 60_000,
    // Two files at a time, in their own browser contexts of one shared Chromium (serve.ts): the
    // tests mostly wait for the journey to play, so two at once roughly halves the wall time.
    fileParallelism: true,
    maxWorkers: 3,
    // Each file in its own module graph, with its own connection and pool of tabs (chromium.ts): a
    // file never starts on a tab another file used, whatever order the files run in.
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
