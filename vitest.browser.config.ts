// Browser tests: playwright-core drives Debian's Chromium against the production build (dist/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/browser/**/*.e2e.ts'],
    globalSetup: ['test/browser/serve.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
